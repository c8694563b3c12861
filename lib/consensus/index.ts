export { consensusOf, CONSENSUS_LEVELS, type Consensus, type ConsensusLevel } from "./consensusOf";
export { disagreementsOf, DISAGREEMENT_KINDS, type Disagreement, type DisagreementKind } from "./disagreementsOf";
export { issueSummary, type IssueSeverity, type IssueSummary } from "./issueSummary";
