// Extra facts a claim carries for the check, kept beside the shared Claim contract (types.ts stays unchanged).
import type { Claim } from '../types';
import type { Stage } from './stage';

/** Which way an entity bears on a claim: where it happened, who acted or owns what is counted, which group is counted. */
export type ScopeRole = 'where' | 'who' | 'group';

/** The parts of a claim's frame the confidence gate weighs. */
export type FramePart = 'thing' | 'measure' | 'time' | 'place';

/** How the claim's time was found. */
export type TimeBasis =
  | 'explicit' // a resolved date in the claim's sentence
  | 'context' // a resolved date earlier in the paragraph
  | 'published' // only the publication date
  | 'statement' // only the date of the statement ("the agency said on Monday"): the figure holds as of then
  | 'unresolved' // a definite date that could not be resolved ("Sunday", "in November")
  | 'none';

/**
 * A case count's state: confirmed by a test, probable (a case definition met, no test; WHO's third class), or only
 * suspected (every case reported, tested or not).
 */
export type CaseState = 'confirmed' | 'probable' | 'suspected';

export interface ClaimDetail {
  /** The word that set the event ("stationed", "mobilized"): different words for one event make a finding only possible. */
  eventWord: string | null;
  /** Roles of claim.scope, index for index (ids may be remapped; order is kept). */
  roles: ScopeRole[];
  timeBasis: TimeBasis;
  /** For unresolved dates: a normalized form ("weekday:sunday", "month:11", "date:1-5", "rel:year"). */
  timeText: string | null;
  /** The date as written when it could not be resolved ("Sunday"), for messages. */
  timeLabel: string | null;
  /** Finer sense of the event word: "stationed" and "mobilized" are both deployments, but not quite the same count. */
  sense: string | null;
  /** Counted figure as written, for messages ("42 armed clashes", "the rest (9)"). */
  figure: string;
  /** The clause says the figure covers a whole area ("across the islands", "nationwide", "in total"). */
  whole?: boolean;
  /**
   * The clause singles out the place or period the figure counts in ("in one district alone", "in March alone"): one
   * part of a larger count, no rival of a whole at or above it (round 35, check/parts.ts alonePart).
   */
  alonePart?: boolean;
  /**
   * The figure's clause dates it a year back ("during this month last year", "a year earlier"): a past period told for
   * comparison, which a running count of no stated start does not hold (round 45, fa45b, check/order.ts).
   */
  yearBack?: boolean;
  /**
   * The clause places the figure's count at one named site after it ("37 were killed at Veltra Square"): the site's
   * part of the event's toll, no rival of an unsited toll at or above it (round 38, site38; check/parts.ts).
   */
  sitePart?: boolean;
  /**
   * The figure's month names when one event of its sentence fell ("killed in the border clash in April"), not a window
   * it counts over (round 41, time41; claims/eventMonth.ts, check/compare.ts eventMonthHoldsDay).
   */
  eventMonth?: boolean;
  /** The figure's own verb is told in the past, and it does not hold now (round 43, time43; claims/toldPast.ts). */
  toldPast?: boolean;
  /** The figure was told by its complement ("an abstention of 65%" as a turnout of 35%; claims/complement.ts). */
  complement?: boolean;
  /** The clause counts the places the figure spreads over ("in some 50 cities"): a total over many places (round 28). */
  spread?: boolean;
  /** A crowd's clause names the kind of its occasion: a protest, a counter-protest, a ceremony or show (round 28). */
  occasionKind?: 'protest' | 'counter' | 'ceremony';
  /** Whose a held count is (a candidate's votes or share): an entity id, or null when none is named. */
  holder?: string | null;
  /**
   * For a figure with no source and no actor in its clause: the organization or person named last before it in its
   * paragraph ("The statistics institute published its index. Inflation rose to 85%."), its voice within the report.
   */
  voice?: string;
  /** The report says the value was replaced ("an earlier toll of seven", "up from 3.7%"): not a rival of anything. */
  superseded?: boolean;
  /**
   * The figure's clause, which has a voice of its own, counts with a possessive of that voice ("the toll on its side had
   * risen to 46", "Australia reported its first three cases"): the voice's own count (check/compare.ts, voicedElsewhere).
   */
  ownSide?: boolean;
  /**
   * The superseded value is a voice's earlier word ("Authorities, who earlier said 176", "the initial list of 3,200"), not
   * the old value of a change its sentence states: still a rival of another named voice's count (check/claimIndex.ts).
   */
  earlierWord?: boolean;
  /**
   * The figure's sentence sets it against another before it ("The government, however, says only 350,000", "but the
   * ministry counted 30,000"): a named voice contradicting the report's own figure (check/compare.ts, differentVoices).
   */
  contrasted?: boolean;
  /**
   * The sourced figure's sentence sets it beside another voice's anywhere ("but", "however", "while"): with another
   * named voice's figure of the same report, a rival count (check/parts.ts, rivalVoicesInOneReport; round 36).
   */
  setAgainst?: boolean;
  /** The figure is a yardstick the sentence compares with ("above the 2019 lows of 3.5%"): no claim of its own. */
  yardstick?: boolean;
  /** The figure is from a count still in progress ("with 80% of polling stations counted", "partial results"). */
  provisional?: boolean;
  /**
   * A provisional figure the report sets before its present ("the preliminary results had given him nearly 95%"): an
   * earlier stage of a count whose final value the report may give too (check/revisions.ts).
   */
  earlierStage?: boolean;
  /**
   * An election result dated by the vote day its report names ('day'), or from a report naming no vote day and dated
   * only by publication or statement ('undated'): the check dates the latter by another report's vote day. A result of
   * a report naming no vote day, dated by a day of its own sentence or by its lede's day when that is the report's own
   * day of publication ('own', round 21), may be dated by the vote, the
   * count or the declaration: the check fits it to a vote day another report names before it. A result an undated
   * report dates only by a calendar year its story names ('year', round 19) may be of a vote day of that year.
   */
  vote?: 'day' | 'undated' | 'own' | 'year';
  /** The count was still running when stated ("so far", "have been cancelled today", "now"): it may grow after. */
  running?: boolean;
  /** The figure is the new value of a change the report states ("revised to 275", "rose to 278", "the final toll"). */
  revised?: 'any' | 'up' | 'down';
  /**
   * The figure is given as the correction of an earlier one (correction.ts): its sentence says so ('sentence': "the
   * corrected results", "after a recount", "lower than previously reported") or its report's lead does ('report'). It
   * holds from its report's time: an earlier report's other figure of its frame and voice was replaced (round 31).
   * 'before': the words set the figure before a correction ("the results first announced gave him 43.9%"), an earlier
   * value, still a rival of another report's earlier value.
   */
  correction?: 'sentence' | 'report' | 'before';
  /**
   * One part of a count the words split (breakdown.ts): by cause ("deaths from respiratory failure"), keyed by the
   * qualifier, or a holder's place in a ranking ('rank'). A rival only of a part with the same key.
   */
  breakdown?: string;
  /** The hour of the day a running count holds at ("by noon" 12, "at 9:30 p.m." 21.5), -1 for one under way ("already"). */
  hour?: number;
  /** The stage of its gathering a crowd count holds at ("at the start", "at its peak", "at the end"; stage.ts). */
  stage?: Stage;
  /**
   * One country's part in a sentence listing a count country by country, or a place the sentence ranks against the rest
   * ("the lowest turnout was in Minsk, where 52.67%"; breakdown.ts): no rival of an unplaced whole.
   */
  listed?: boolean;
  /**
   * One place's part in a sentence listing a count of one measure for three or more places (breakdown.ts, round 46):
   * no rival of its own report's unplaced whole, nor of any unplaced rate. Another report's unplaced count may be the
   * same place's with its place unread, so that stays a rival (check/parts.ts).
   */
  placeListed?: boolean;
  /**
   * The words put the count down to one cause, or to causes other than the story's ("312 deaths recorded as due to the
   * fever", "died from fever-related causes", "died of other illnesses"; attributed.ts, round 35): a part by cause.
   */
  attributed?: boolean;
  /** The words name a cause of the count ("killed by the heat", "died of the fever"; attributed.ts, round 35). */
  causeNamed?: boolean;
  /** The figure's places are a list ("above 4,500 in Nepal, India and Tibet"): their sum, the whole of each one's count. */
  placeList?: string[];
  /** The words call the figure the true count ("the true death toll is 500"): a rival, never a wider total (trueCount.ts). */
  trueCount?: boolean;
  /** The count is held by several holders of one kind ("airlines cancelled 46,000 flights" -> 'airline'): a whole. */
  aggregate?: string;
  /**
   * The parts of the frame the words around the figure do not state but the reader inferred (frame strength, read by the
   * check's confidence gate): 'thing' (no counted noun or unit of its own), 'measure' (no event word: a default or a
   * neighbour's), 'time' (no date in its sentence), 'place' (no place named). Absent when every part is stated.
   */
  inferred?: FramePart[];
  /**
   * The number of a sentence listing three or more figures of this measure (breakdown.ts, markEnumerations): parts of a
   * distribution, no rivals of each other.
   */
  enumeration?: number;
  /**
   * One of two or more figures of this measure in one sentence, each in its own place ("190 in Rieti and 57 in Ascoli"):
   * a breakdown by place (breakdown.ts, markPlaceBreakdowns), so an unplaced larger count is their total (check).
   */
  byPlace?: boolean;
  /** A sum restated in another currency right after the sum it converts ("9bn euros ($11.6bn)"), breakdown.ts. */
  converted?: boolean;
  /** The sum a conversion restates, its unit and value ("cny 2200000000"): two conversions of one sum (round 32). */
  convertedFrom?: string;
  /** The words call the count unconfirmed or feared ("unconfirmed reports of 44 deaths", "44 feared dead"), unconfirmed.ts. */
  unconfirmed?: boolean;
  /**
   * The state the words give the counted cases right after the figure ("301 confirmed", "24 suspected", "9 probable"),
   * or 'all' for a figure beside counts of two states in its sentence (their total), unconfirmed.ts.
   */
  caseState?: CaseState | 'all';
  /**
   * The figure's paragraph in the report's body, 0 (absent) for the first: a figure far down is background, a weak sign
   * for a finding (check/evidence.ts).
   */
  paragraph?: number;
  /** A running total's start ("since December 7", "since the start of the pandemic in 2020"), as an ISO day. */
  since?: string;
  /** The toll's clause says its dead died in one blow ("in the attack", "in an air strike"): incidents.ts, round 38. */
  oneBlow?: boolean;
  /**
   * The figure's sentence singles out one incident among several ("In a second shipwreck", "a boat carrying 34") or sums
   * over several ("missing from the three vessels", "47 boats carrying 1,600"): one's count is a part of the other's
   * (incidents.ts, round 28 probe).
   */
  instances?: 'one' | 'several';
}

export type DetailedClaim = Claim & { detail?: ClaimDetail };

export function detailOf(c: Claim): ClaimDetail | undefined {
  return (c as DetailedClaim).detail;
}
