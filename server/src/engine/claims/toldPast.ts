// Round 43 (time43): a figure told in the past tense ("112 workers were killed", "crews retrieved 124 bodies") counts
// what happened before its report was written; one told in the present or the present perfect ("the toll stands at",
// "have died") holds as of the report. The check reads the mark (check/compare.ts, toldOfEventDay) for figures dated
// only by their report's publication.
import type { ReportClaims, Site } from './report';
import type { Token } from '../types';
import { isPastVerb } from '../dates/tense';
import { PAST_FINITE_BE } from '../text/beVerbs';

/** Most tokens read either side of the figure for its own verb ("85 people were killed", "retrieved 124 bodies"). */
const VERB_REACH = 4;
/** Finite past forms of "be" and "have": "there were 53,000", "had died". */
const PAST_AUX: ReadonlySet<string> = new Set([...PAST_FINITE_BE, 'had']);

/**
 * The verb at k is told in the past: a past auxiliary, a past form (not a participle after "be", "to" or a modal), or a
 * participle after "had" ("had confirmed 57 deaths").
 */
function pastAt(tokens: readonly Token[], k: number): boolean {
  return PAST_AUX.has(tokens[k].lower) || isPastVerb(tokens as Token[], k) || tokens[k - 1]?.lower === 'had';
}

const isVerb = (t: Token) => t.pos === 'VERB' || t.pos === 'AUX';

/**
 * The figure's own verb, the first verb after it in its clause or else the last before it, is told in the past. A
 * figure that holds now (`now`: a present perfect, "now", "stands at") is not.
 */
export function toldInPast(r: ReportClaims, site: Site, now: boolean): boolean {
  if (now) return false;
  const { tokens } = r;
  for (let k = site.qb; k < Math.min(site.cb, site.qb + VERB_REACH); k++) if (isVerb(tokens[k])) return pastAt(tokens, k);
  for (let k = site.qa - 1; k >= Math.max(site.ca, site.qa - VERB_REACH); k--) if (isVerb(tokens[k])) return pastAt(tokens, k);
  return false;
}
