// One report in, typed annotations out. Pure: no editor, protocol or file-system access.
import { recognizeAttributions } from './attributions/recognize';
import { namesSource } from './attributions/sources';
import { extractClaims } from './claims/extract';
import { recognizeDates } from './dates/recognize';
import { recognizeEntities } from './entities/recognize';
import { checkInput } from './input';
import { inferAnchor } from './metadata/inferred';
import { inferMeta } from './metadata/metadata';
import { recognizeQuantities } from './quantities/recognize';
import { readFrontMatter } from './text/frontMatter';
import { tokenize } from './text/tokenizer';
import type { DocumentAnalysis, PreparedText } from './types';

export function prepare(text: string): { prepared: PreparedText; front: ReturnType<typeof readFrontMatter> } {
  const front = readFrontMatter(text);
  const { tokens, sentences, prose } = tokenize(text, front.bodyStart);
  return { prepared: { text, bodyStart: front.bodyStart, tokens, sentences, prose }, front };
}

export function analyzeText(path: string, fileText: string): DocumentAnalysis {
  const input = checkInput(fileText);
  const empty: DocumentAnalysis = {
    path, published: null, outlet: null, title: null,
    entities: [], quantities: [], dates: [], attributions: [], claims: [], warnings: input.warnings,
  };
  if (input.text === null) return empty;
  const { prepared, front } = prepare(input.text);
  const meta = inferMeta(prepared, front.data, front.error);
  const warnings = [...input.warnings];
  if (meta.frontMatterError) warnings.push(meta.frontMatterError);
  let dates = recognizeDates(prepared, meta.published);
  // An undated report is read against the latest full date it states, shown as inferred.
  const inferred = meta.published ? null : inferAnchor(dates);
  if (inferred) dates = recognizeDates(prepared, inferred.date);
  const quantities = recognizeQuantities(prepared, dates);
  const entities = recognizeEntities(prepared, meta);
  // Attributions name their source; cues whose source the text does not name ("is expected to", "Asked whether ...")
  // are kept apart, so claims, the check and the golden sets see named holders only.
  const found = recognizeAttributions(prepared, entities);
  const attributions = found.filter(namesSource);
  const unsourced = attributions.length === found.length ? [] : found.filter(a => !namesSource(a));
  const partial = {
    path, published: meta.published, outlet: meta.outlet, title: meta.title,
    entities, quantities, dates, attributions, ...(unsourced.length ? { unsourced } : {}), warnings,
  };
  const claims = extractClaims(prepared, { ...partial, published: meta.published ?? inferred?.date ?? null });
  return { ...partial, ...(inferred ? { publishedInferred: inferred } : {}), claims };
}
