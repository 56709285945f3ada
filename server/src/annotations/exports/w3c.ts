// Export of every annotation, the engine's and the user's, as one W3C Web Annotation collection (JSON-LD).
import { ANNOTATION_CONTEXT, ANNOTATION_FILE_VERSION } from '../../../../shared/annotationFile';
import type { Annotation } from '../../../../shared/annotationFile';
import type { DocumentAnalysis } from '../../engine/types';
import { selectorsFor } from '../selectors';
import { CROSSCHECK_GENERATOR, sourcePath, stableId } from '../w3c';

export interface W3cExportOptions {
  /** Workspace folder, to make absolute paths and file: URIs relative. */
  root?: string;
  /** Timestamp of the engine's annotations (default: now). */
  generated?: Date;
}

/** One finding's span and body, before the envelope every Web Annotation shares is put around it. */
interface Described {
  kind: string;
  motivation: 'tagging' | 'describing';
  start: number;
  end: number;
  body: object;
}

const entityItems = (doc: DocumentAnalysis): Described[] =>
  doc.entities.map(e => ({
    kind: 'entity', motivation: 'tagging', start: e.start, end: e.end,
    body: { type: 'crosscheck:Entity', kind: e.kind, canonicalName: e.name, entityId: e.id },
  }));

const quantityItems = (doc: DocumentAnalysis): Described[] =>
  doc.quantities.map(q => ({
    kind: 'quantity', motivation: 'describing', start: q.start, end: q.end,
    body: { type: 'crosscheck:Quantity', value: q.value, low: q.low, high: q.high, unit: q.unit, hedge: q.hedge },
  }));

const dateItems = (doc: DocumentAnalysis): Described[] =>
  doc.dates.map(d => ({
    kind: 'date', motivation: 'describing', start: d.start, end: d.end,
    body: { type: 'crosscheck:Date', from: d.from, to: d.to },
  }));

/** An attribution's target spans its cue, source and content, whichever order they come in. */
const attributionItems = (doc: DocumentAnalysis): Described[] =>
  doc.attributions.map(a => ({
    kind: 'attribution', motivation: 'describing',
    start: Math.min(a.cue.start, a.source.start, a.content.start),
    end: Math.max(a.cue.end, a.source.end, a.content.end),
    body: { type: 'crosscheck:Attribution', source: a.source.name, sourceId: a.source.id, cue: a.cue.text, via: a.via },
  }));

const claimItems = (doc: DocumentAnalysis): Described[] =>
  doc.claims.map(c => ({
    kind: 'claim', motivation: 'describing', start: c.start, end: c.end,
    body: {
      type: 'crosscheck:Claim',
      claimId: c.id,
      figure: c.quantity.text,
      value: c.value,
      low: c.low,
      high: c.high,
      unit: c.measure.unit,
      event: c.measure.event,
      scope: c.scope,
      timeFrom: c.time.from,
      timeTo: c.time.to,
      modality: c.modality,
      source: c.source?.id ?? null,
      via: c.via,
    },
  }));

/** In export order: entities, quantities, dates, attributions, claims. */
const DESCRIBERS = [entityItems, quantityItems, dateItems, attributionItems, claimItems];

/** The engine's findings in one report as Web Annotations (tagging for entities, describing for the rest). */
export function engineAnnotations(doc: DocumentAnalysis, text: string, options: W3cExportOptions = {}): object[] {
  const source = sourcePath(doc.path, options.root);
  const generated = (options.generated ?? new Date()).toISOString();
  return DESCRIBERS.flatMap(describe => describe(doc)).map(({ kind, motivation, start, end, body }) => ({
    id: stableId(kind, source, start, end, JSON.stringify(body)),
    type: 'Annotation',
    motivation,
    generator: CROSSCHECK_GENERATOR,
    generated,
    body,
    target: { source, selector: selectorsFor(text, start, end) },
  }));
}

/** All annotations as a JSON-LD AnnotationCollection: the engine's for each report, then the user's. */
export function exportW3c(
  docs: readonly DocumentAnalysis[],
  texts: ReadonlyMap<string, string>,
  userAnnotations: readonly Annotation[] = [],
  options: W3cExportOptions = {},
): string {
  const items: object[] = [];
  for (const d of docs) items.push(...engineAnnotations(d, texts.get(d.path) ?? '', options));
  items.push(...userAnnotations);
  const collection = {
    '@context': ANNOTATION_CONTEXT,
    type: 'AnnotationCollection',
    version: ANNOTATION_FILE_VERSION,
    label: 'Crosscheck annotations',
    total: items.length,
    items,
  };
  return JSON.stringify(collection, null, 2) + '\n';
}
