// Reading and writing an annotation's two selectors: the quote (what was marked, with context) and the
// position (where it was). The quote is the truth; the position is a hint that edits make stale.
import type { Annotation, TextPositionSelector, TextQuoteSelector } from '../../../shared/annotationFile';

/** Characters of context kept either side of a quote: enough to tell repeated words apart. */
export const CONTEXT_LENGTH = 32;

type Targeted = Pick<Annotation, 'target'>;

export function quoteSelector(a: Targeted): TextQuoteSelector | null {
  for (const s of a.target.selector) if (s.type === 'TextQuoteSelector') return s;
  return null;
}

export function positionSelector(a: Targeted): TextPositionSelector | null {
  for (const s of a.target.selector) if (s.type === 'TextPositionSelector') return s;
  return null;
}

/** Both selectors of text[start, end). */
export function selectorsFor(text: string, start: number, end: number): [TextQuoteSelector, TextPositionSelector] {
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}

/** A copy of the annotation whose position selector says [start, end); the quote is left as the user made it. */
export function withPosition<T extends Targeted>(a: T, start: number, end: number): T {
  const pos: TextPositionSelector = { type: 'TextPositionSelector', start, end };
  const others = a.target.selector.filter(s => s.type !== 'TextPositionSelector');
  return { ...a, target: { ...a.target, selector: [...others, pos] } };
}
