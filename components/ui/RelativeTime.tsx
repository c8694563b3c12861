/** A timestamp as a short absolute date, machine-readable, with the exact time on hover. */
export function RelativeTime({ iso }: { iso: string }) {
  const date = new Date(iso);
  const label = date.toLocaleString("en-GB", {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "UTC",
  });
  return (
    <time dateTime={iso} title={`${date.toISOString().replace("T", " ").slice(0, 19)} UTC`}>
      {label} UTC
    </time>
  );
}
