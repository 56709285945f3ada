// Building W3C Web Annotations: the user's (entity, claim, attribution, note, link, corrections) and the
// helpers that read corrections back (is this contradiction dismissed?).
import { createHash, randomUUID } from 'node:crypto';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Annotation, AnnotationBody, CrosscheckBody, Motivation } from '../../../shared/annotationFile';
import type { Contradiction } from '../engine/types';
import { selectorsFor } from './selectors';

export const CROSSCHECK_GENERATOR = { type: 'Software', name: 'Crosscheck' };

/** The W3C motivation that fits each kind of body. */
export function motivationFor(body: AnnotationBody): Motivation {
  switch (body.type) {
    case 'crosscheck:Entity':
      return 'identifying';
    case 'crosscheck:Claim':
    case 'crosscheck:Attribution':
      return 'describing';
    case 'TextualBody':
      return 'commenting';
    case 'crosscheck:Link':
      return 'linking';
    case 'crosscheck:Rejection':
      return 'assessing';
    case 'crosscheck:CanonicalName':
    case 'crosscheck:Interval':
      return 'editing';
    default:
      return 'tagging';
  }
}

/**
 * A report path as annotations store it: relative to the workspace folder, with forward slashes.
 * Accepts file: URIs and absolute paths (made relative to `root` when given).
 */
export function sourcePath(p: string, root?: string): string {
  let s = p.startsWith('file:') ? fileURLToPath(p) : p;
  if (root && path.isAbsolute(s)) s = path.relative(root, s);
  return s.split(path.sep).join('/').replace(/\\/g, '/');
}

export interface NewAnnotation {
  /** Report path relative to the workspace (see `sourcePath`). */
  source: string;
  /** The report's current text, and the span annotated in it. */
  text: string;
  start: number;
  end: number;
  body: AnnotationBody;
  motivation?: Motivation;
  creator?: string;
  now?: Date;
  id?: string;
}

export function createAnnotation(o: NewAnnotation): Annotation {
  if (!(o.start >= 0 && o.end > o.start && o.end <= o.text.length)) {
    throw new RangeError(`cannot annotate [${o.start}, ${o.end}) of a ${o.text.length}-character text`);
  }
  const now = (o.now ?? new Date()).toISOString();
  return {
    id: o.id ?? `urn:uuid:${randomUUID()}`,
    type: 'Annotation',
    motivation: o.motivation ?? motivationFor(o.body),
    created: now,
    modified: now,
    ...(o.creator ? { creator: { type: 'Person', name: o.creator } } : {}),
    body: o.body,
    target: { source: o.source, selector: selectorsFor(o.text, o.start, o.end) },
  };
}

/** The two claims' quoted spans, sorted, which identify a contradiction across re-analysis. */
export function contradictionQuotes(c: Pick<Contradiction, 'a' | 'b'>, texts: ReadonlyMap<string, string>): [string, string] {
  const q = (r: Contradiction['a']) => texts.get(r.path)?.slice(r.start, r.end) ?? '';
  return [q(c.a), q(c.b)].sort() as [string, string];
}

/** "Not a contradiction": targets side a, and names the contradiction by id and by both quotes. */
export function createDismissal(
  c: Contradiction,
  texts: ReadonlyMap<string, string>,
  options: { root?: string; creator?: string; now?: Date } = {},
): Annotation {
  const text = texts.get(c.a.path) ?? '';
  return createAnnotation({
    source: sourcePath(c.a.path, options.root),
    text,
    start: c.a.start,
    end: Math.max(c.a.end, c.a.start + 1),
    body: {
      type: 'crosscheck:Rejection',
      what: 'contradiction',
      contradictionId: c.id,
      quotes: contradictionQuotes(c, texts),
      sources: [sourcePath(c.a.path, options.root), sourcePath(c.b.path, options.root)],
    },
    creator: options.creator,
    now: options.now,
  });
}

/** Whether a dismissal covers this contradiction: the same id, or the same two quoted claims. */
export function isDismissed(items: readonly Annotation[], id: string, quotes: readonly [string, string]): boolean {
  const [q0, q1] = [...quotes].sort();
  return items.some(a => {
    // Foreign bodies cannot claim a "crosscheck:" type (the schema refuses it), so this narrowing is sound.
    const b = a.body as CrosscheckBody;
    if (b.type !== 'crosscheck:Rejection' || b.what !== 'contradiction') return false;
    if (b.contradictionId === id) return true;
    if (!b.quotes) return false;
    const [r0, r1] = [...b.quotes].sort();
    return r0 === q0 && r1 === q1 && q0 !== '' && q1 !== '';
  });
}

/** A short stable id for things the engine found, so exports diff cleanly between runs. */
export function stableId(kind: string, ...parts: (string | number)[]): string {
  return `urn:crosscheck:${kind}:${createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 20)}`;
}
