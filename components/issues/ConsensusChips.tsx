import { ConsensusBadge } from "@/components/ui/ConsensusBadge";
import { ReviewerChip } from "@/components/ui/ReviewerChip";

interface ConsensusChipsProps {
  consensus: { reviewers: number; of: number; level: string };
  flaggedBy: string[];
  notFlaggedBy: string[];
}

/**
 * n/m with a chip per reviewer who flagged it. Those who did not are folded into one dashed chip
 * (names on hover and for screen readers) to keep rows one line tall in the dense table.
 */
export function ConsensusChips({ consensus, flaggedBy, notFlaggedBy }: ConsensusChipsProps) {
  return (
    <div className="consensus-cell">
      <ConsensusBadge {...consensus} />
      {flaggedBy.map((r) => (
        <ReviewerChip key={r} name={r} />
      ))}
      {notFlaggedBy.length > 0 && (
        <span className="chip missing" title={`Did not flag it: ${notFlaggedBy.join(", ")}`}>
          {notFlaggedBy.length === 1 ? notFlaggedBy[0] : `${notFlaggedBy.length} didn’t flag`}
          <span className="visually-hidden">: {notFlaggedBy.join(", ")} did not flag it</span>
        </span>
      )}
    </div>
  );
}
