// Verbs of a contest (winning, beating, leading, trailing, losing), written once. Each slot's subset is named here and
// picked from the table (a word the table lacks does not typecheck); verbs of another class ("scored", "got", "drew")
// and words that are no verb ("ahead") stay with the rule that adds them.

/** Winning: "won with 52 percent", "wins by 300 votes". */
export const WINNING = ['won', 'win', 'wins', 'winning'] as const;
/** Beating a rival, the subject the winner and the object the loser: "beat her rival by 52% to 45%". */
export const BEATING = ['beat', 'beats', 'beating', 'defeated', 'defeats', 'defeating', 'edged'] as const;
/** Beating by a wide margin: "routed the incumbent by 61% to 30%". */
export const ROUTING = ['trounced', 'outpolled', 'routed'] as const;
/** Leading a count: "leads his rival 46% to 38%", "led with 52 percent". */
export const LEADING = ['leads', 'led', 'leading'] as const;
/** Trailing: "trailed with 41 percent". */
export const TRAILING = ['trailed', 'trails', 'trailing'] as const;
/** Losing: "lost by 300 votes". */
export const LOSING = ['lost', 'losing'] as const;

/** The table: every contest verb a rule reads. */
const CONTEST = [...WINNING, ...BEATING, 'edges', ...ROUTING, ...LEADING, ...TRAILING, ...LOSING] as const;
export type ContestVerb = typeof CONTEST[number];

const pick = (...words: ContestVerb[]): readonly ContestVerb[] => words;

/** Verbs whose subject won and whose object lost, so a score after gives the winner's share first (claims/frame.ts). */
export const WINNER_FIRST_VERBS = pick(...BEATING, ...ROUTING, 'leads', 'led');
/** Verbs of a contest after which "by" gives the margin, no candidate's tally (claims/measured.ts). */
export const MARGIN_VERBS = pick(...WINNING, ...BEATING, 'edges', ...LEADING, ...TRAILING, ...LOSING);
/** Contest verbs a candidate's share takes: "won with 52%", "lost with 45 per cent" (claims/election.ts). */
export const SHARE_VERBS = pick(...WINNING, 'beat', 'beating', 'lost', 'trailed');
/** Verbs of a lead held "with" or "at" a share: "led with 52 percent" (claims/election.ts). */
export const LEAD_VERBS = pick(...LEADING, 'trailing', 'trails');
