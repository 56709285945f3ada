// A finding's evidence as a whole: the weak signs of its two sides, counted together rather than one part at a time.
import type { ClaimDetail } from '../claims/detail';
import type { Scopes } from './compare';

/**
 * The weak signs a pair is graded by (round 28). Over the tuning sets a finding with none of them joined an annotated
 * pair 79 % of the time, with one 61 %, with two or three 47 %; no single sign, nor any count of them, separated false
 * alarms from annotated pairs well enough to drop a finding (docs/claims.md, "Round 28").
 * - unplaced: a side's frame names no place (nor a country among its parties);
 * - published: a side is dated only by its report's publication;
 * - background: a side stands in its report's seventh paragraph or later, away from the news the report leads with.
 */
export type WeakSign = 'unplaced' | 'published' | 'background';

/** The first paragraph (0-based) read as background. */
export const BACKGROUND_PARAGRAPH = 6;
/** Weak signs at which a clear finding is shown only as possible. */
export const WEAK_SIGNS_POSSIBLE = 2;

export interface EvidenceSide {
  scopes: Scopes;
  detail: ClaimDetail | undefined;
}

/** The weak signs of a pair, each once, in a fixed order. */
export function weakSigns(a: EvidenceSide, b: EvidenceSide): WeakSign[] {
  const out: WeakSign[] = [];
  if (a.scopes.places.size === 0 || b.scopes.places.size === 0) out.push('unplaced');
  if (a.detail?.timeBasis === 'published' || b.detail?.timeBasis === 'published') out.push('published');
  if (isBackground(a.detail) || isBackground(b.detail)) out.push('background');
  return out;
}

function isBackground(d: ClaimDetail | undefined): boolean {
  return (d?.paragraph ?? 0) >= BACKGROUND_PARAGRAPH;
}

/** Enough weak signs that the pair, however far apart its figures, is shown as possible, never clear. */
export function weakEvidence(signs: readonly WeakSign[]): boolean {
  return signs.length >= WEAK_SIGNS_POSSIBLE;
}

/** The weak signs in words, for the finding's full account. */
export const WEAK_SIGN_WORDS: Record<WeakSign, string> = {
  unplaced: 'a side names no place',
  published: 'a side is dated only by its report\'s publication',
  background: 'a side stands far down its report (background)',
};
