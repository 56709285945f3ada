// A bare figure in the thousands that nothing around it names ("There were more than 80,000," the organizer said; "we
// are between 1.2 and 1.4 million in the square"; "the ministry's figure: just over 9,000") is a crowd's size when its
// sentence or a sentence next to it names a gathering (round 34, recog34).
import type { Token } from '../types';
import { findEvent, namesCrowd } from './measure';
import type { ReportClaims, Site } from './report';

/** The least bare figure read as a crowd: smaller bare figures are scores, ranks, list items. */
const CROWD_FLOOR = 1000;

/** The figure has no noun and no unit, and counts at least CROWD_FLOOR. */
function bareThousands(site: Site): boolean {
  const { q } = site;
  if (q.noun || q.unit) return false;
  return (q.low ?? q.value ?? 0) >= CROWD_FLOOR;
}

/** Whether the sentence at index k names a crowd (a gathering's word, or its people marching). */
function sentenceNamesCrowd(tokens: readonly Token[], r: ReportClaims, k: number): boolean {
  const s = r.sentences[k];
  return !!s && namesCrowd(tokens, -1, -1, s.tokenStart, s.tokenEnd);
}

/** A bare figure in the thousands whose sentence, or the one before or after, names a crowd. */
export function bareCrowd(r: ReportClaims, site: Site): boolean {
  if (!bareThousands(site)) return false;
  const { tokens } = r;
  const { s, sIndex, qa, qb, ca, cb } = site;
  // "the usual monthly average of deaths is 2,000": a clause that says what befell people counts them, not a crowd.
  const own = findEvent(tokens, 'person', qa, qb, ca, cb).event;
  if (own !== 'unspecified' && own !== 'crowd') return false;
  if (namesCrowd(tokens, qa, qb, s.tokenStart, s.tokenEnd)) return true;
  return sentenceNamesCrowd(tokens, r, sIndex - 1) || sentenceNamesCrowd(tokens, r, sIndex + 1);
}
