const LABELS: Record<string, string> = {
  vulnerability: "Vulnerability",
  concern: "Concern",
  "not-security": "Not security",
};

const HINTS: Record<string, string> = {
  vulnerability: "The reviewer asserts an exploitable vulnerability",
  concern: "The reviewer raises a concern or hardening suggestion",
  "not-security": "The reviewer says this is not a security problem",
};

export function StanceTag({ stance }: { stance: string }) {
  return (
    <span className={`stance stance-${stance}`} title={HINTS[stance] ?? stance}>
      {LABELS[stance] ?? stance}
    </span>
  );
}
