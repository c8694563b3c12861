export { groupFindings } from "./groupFindings";
export { explainGroup } from "./explain";
export { GROUPING_THRESHOLD, SIGNAL_WEIGHTS } from "./pairScore";
export type { Evidence, EvidenceKind, FindingGroup, GroupableFinding, GroupingOptions } from "./types";
