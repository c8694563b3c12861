import Link from "next/link";

interface ReviewerChipProps {
  name: string;
  /** "flagged" = raised this; "missing" = reviewed the subject but did not; "no-issues" = said there was nothing. */
  variant?: "flagged" | "missing" | "no-issues";
  href?: string;
}

const VARIANT_LABEL = { flagged: "flagged", missing: "did not flag", "no-issues": "reported no issues" } as const;

/** A stable colour per reviewer name, so the same reviewer looks the same on every page. */
export function reviewerHue(name: string): number {
  let h = 0;
  for (let i = 0; i < name.length; i++) h = (h * 31 + name.charCodeAt(i)) >>> 0;
  return h % 360;
}

export function ReviewerAvatar({ name }: { name: string }) {
  const initial = (name.replace(/[^a-z0-9]/gi, "")[0] ?? "?").toUpperCase();
  return (
    <span className="chip-avatar" aria-hidden="true" style={{ background: `hsl(${reviewerHue(name)} 55% 45%)` }}>
      {initial}
    </span>
  );
}

export function ReviewerChip({ name, variant = "flagged", href }: ReviewerChipProps) {
  const className = `chip${variant === "missing" ? " missing" : variant === "no-issues" ? " no-issues" : ""}`;
  const title = `${name} — ${VARIANT_LABEL[variant]}`;
  const content = (
    <>
      {variant === "flagged" && <ReviewerAvatar name={name} />}
      <span>{name}</span>
      {variant !== "flagged" && <span className="visually-hidden"> ({VARIANT_LABEL[variant]})</span>}
    </>
  );
  return href ? (
    <Link className={className} href={href} title={title}>
      {content}
    </Link>
  ) : (
    <span className={className} title={title}>
      {content}
    </span>
  );
}
