// Turns engine analyses into the public JSON document (shared/analysisOutput.ts), dropping internal fields.
import type { AnalysisOutput, DocumentOutput } from '../../../shared/analysisOutput';
import type { CorpusAnalysis } from './corpus';
import type { Claim, DocumentAnalysis } from './types';
import { eventTimeOutput, isEventTime } from './claims/eventTime';

const span = <T extends { start: number; end: number; text: string }>(s: T) => ({ start: s.start, end: s.end, text: s.text });

export function claimOutput(c: Claim, text: string): DocumentOutput['claims'][number] {
  return {
    id: c.id,
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    low: c.low,
    high: c.high,
    unit: c.measure.unit,
    event: c.measure.event,
    scope: c.scope,
    time: c.time,
    modality: c.modality,
    source: c.source?.id ?? null,
    via: c.via,
    ...(isEventTime(c) ? { eventTime: eventTimeOutput(c) } : {}),
  };
}

// Objects are written out field by field (no spreads): 10,000 reports make millions of them, and the key order is the
// output's.
export function documentOutput(d: DocumentAnalysis, text: string): DocumentOutput {
  return {
    path: d.path,
    published: d.published,
    publishedInferred: d.publishedInferred ?? null,
    outlet: d.outlet,
    entities: d.entities.map(e => ({ start: e.start, end: e.end, text: e.text, kind: e.kind, id: e.id, name: e.name })),
    quantities: d.quantities.map(q => ({ start: q.start, end: q.end, text: q.text, low: q.low, high: q.high, unit: q.unit })),
    dates: d.dates.map(x => ({ start: x.start, end: x.end, text: x.text, from: x.from, to: x.to })),
    attributions: d.attributions.map(a => ({
      source: { start: a.source.start, end: a.source.end, text: a.source.text, id: a.source.id, name: a.source.name },
      cue: span(a.cue),
      content: { start: a.content.start, end: a.content.end },
      via: a.via,
      ...(a.relays ? { relays: a.relays.map(r => ({ source: { ...r.source }, cue: span(r.cue) })) } : {}),
    })),
    claims: d.claims.map(c => claimOutput(c, text)),
    warnings: d.warnings,
  };
}

/** `texts` maps each document path to the text it was analyzed from. */
export function analysisOutput(corpus: CorpusAnalysis, texts: ReadonlyMap<string, string>): AnalysisOutput {
  return {
    documents: corpus.documents.map(d => documentOutput(d, texts.get(d.path) ?? '')),
    contradictions: corpus.contradictions.map(c => ({
      id: c.id, severity: c.severity, kind: c.kind, message: c.message,
      ...(c.messageB ? { messageB: c.messageB } : {}), ...(c.why ? { why: c.why } : {}), a: { ...c.a }, b: { ...c.b },
      ...(c.conflict ? { conflict: c.conflict } : {}),
      ...(c.alsoIn?.length ? { alsoIn: c.alsoIn.map(x => ({ a: { ...x.a }, b: { ...x.b } })) } : {}),
      ...(c.restated?.length ? { restated: c.restated.map(x => ({ a: { ...x.a }, b: { ...x.b } })) } : {}),
    })),
  };
}
