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

/** The engine's findings in one report as Web Annotations (tagging for entities, describing for the rest). */
export function engineAnnotations(doc: DocumentAnalysis, text: string, options: W3cExportOptions = {}): object[] {
  const source = sourcePath(doc.path, options.root);
  const generated = (options.generated ?? new Date()).toISOString();
  const make = (kind: string, motivation: string, start: number, end: number, body: object) => ({
    id: stableId(kind, source, start, end, JSON.stringify(body)),
    type: 'Annotation',
    motivation,
    generator: CROSSCHECK_GENERATOR,
    generated,
    body,
    target: { source, selector: selectorsFor(text, start, end) },
  });
  const out: object[] = [];
  for (const e of doc.entities) {
    out.push(make('entity', 'tagging', e.start, e.end, { type: 'crosscheck:Entity', kind: e.kind, canonicalName: e.name, entityId: e.id }));
  }
  for (const q of doc.quantities) {
    out.push(
      make('quantity', 'describing', q.start, q.end, {
        type: 'crosscheck:Quantity', value: q.value, low: q.low, high: q.high, unit: q.unit, hedge: q.hedge,
      }),
    );
  }
  for (const d of doc.dates) {
    out.push(make('date', 'describing', d.start, d.end, { type: 'crosscheck:Date', from: d.from, to: d.to }));
  }
  for (const a of doc.attributions) {
    const start = Math.min(a.cue.start, a.source.start, a.content.start);
    const end = Math.max(a.cue.end, a.source.end, a.content.end);
    out.push(
      make('attribution', 'describing', start, end, {
        type: 'crosscheck:Attribution', source: a.source.name, sourceId: a.source.id, cue: a.cue.text, via: a.via,
      }),
    );
  }
  for (const c of doc.claims) {
    out.push(
      make('claim', 'describing', c.start, c.end, {
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
      }),
    );
  }
  return out;
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
