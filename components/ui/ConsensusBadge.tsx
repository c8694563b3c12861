import { CONSENSUS_LABELS, isConsensusLevel } from "@/lib/views/vocabulary";

interface ConsensusBadgeProps {
  reviewers: number;
  of: number;
  level: string;
  /** Show the level's name next to the count. */
  withLabel?: boolean;
}

/** "3/3" with a small meter, coloured by consensus level. */
export function ConsensusBadge({ reviewers, of, level, withLabel = false }: ConsensusBadgeProps) {
  const known = isConsensusLevel(level) ? level : "single";
  const label = CONSENSUS_LABELS[known];
  const cells = Math.min(of, 8);
  const on = of > 8 ? Math.round((reviewers / of) * 8) : reviewers;
  return (
    <span className={`badge con-${known}`} title={`${reviewers} of ${of} reviewers flagged this (${label.toLowerCase()})`}>
      <span className="consensus-meter" aria-hidden="true">
        {Array.from({ length: cells }, (_, i) => (
          <span key={i} className={i < on ? "on" : undefined} />
        ))}
      </span>
      <span className="consensus-count">
        {reviewers}/{of}
      </span>
      {withLabel ? <span>{label}</span> : <span className="visually-hidden">reviewers, {label}</span>}
    </span>
  );
}
