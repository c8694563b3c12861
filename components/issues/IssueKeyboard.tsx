"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { isPlainKey, isTypingTarget } from "@/components/ui/isTypingTarget";

interface IssueKeyboardProps {
  prevHref: string | null;
  nextHref: string | null;
  listHref: string;
}

/** j/k step through issues, u goes back to the list; a/f/o drive the triage panel's buttons. */
export function IssueKeyboard({ prevHref, nextHref, listHref }: IssueKeyboardProps) {
  const router = useRouter();
  useEffect(() => {
    const click = (status: string) => {
      const button = document.querySelector<HTMLButtonElement>(`#triage-form button[data-triage="${status}"]`);
      if (button && !button.disabled) button.form?.requestSubmit(button);
    };
    const onKey = (event: KeyboardEvent) => {
      if (!isPlainKey(event) || isTypingTarget(event.target)) return;
      const go = (href: string | null) => {
        if (!href) return;
        event.preventDefault();
        router.push(href);
      };
      switch (event.key) {
        case "j":
          go(nextHref);
          break;
        case "k":
          go(prevHref);
          break;
        case "u":
          go(listHref);
          break;
        case "a":
          event.preventDefault();
          click("accepted");
          break;
        case "o":
          event.preventDefault();
          click("open");
          break;
        case "f":
          event.preventDefault();
          document.querySelector<HTMLTextAreaElement>("#triage-note")?.focus();
          break;
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [prevHref, nextHref, listHref, router]);
  return null;
}
