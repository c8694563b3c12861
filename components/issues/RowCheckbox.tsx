"use client";

import { useEffect, useRef } from "react";

interface RowCheckboxProps {
  issueId: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** A real form field (name="issueId"), so selection also works when the page has no JavaScript. */
export function RowCheckbox({ issueId, label, checked, onChange }: RowCheckboxProps) {
  return (
    <input
      className="checkbox"
      type="checkbox"
      name="issueId"
      value={issueId}
      aria-label={label}
      checked={checked}
      onChange={(e) => onChange(e.target.checked)}
    />
  );
}

export function SelectAllCheckbox({
  checked,
  indeterminate,
  onChange,
}: {
  checked: boolean;
  indeterminate: boolean;
  onChange: (checked: boolean) => void;
}) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = indeterminate && !checked;
  }, [indeterminate, checked]);
  return (
    <input
      ref={ref}
      className="checkbox"
      type="checkbox"
      aria-label="Select all issues on this page"
      checked={checked}
      onChange={(e) => onChange(e.target.checked)}
    />
  );
}
