// One report in, typed annotations out. Pure: no editor, protocol or file-system access.
import { recognizeAttributions } from './attributions/recognize';
import { namesSource } from './attributions/sources';
import { extractClaims } from './claims/extract';
import { isBackgroundPlace } from './claims/scope';
import { recognizeDates } from './dates/recognize';
import { recognizeEntities } from './entities/recognize';
import { checkInput } from './input';
import { inferAnchor } from './metadata/inferred';
import { inferMeta } from './metadata/metadata';
import { recognizeQuantities } from './quantities/recognize';
import { readFrontMatter } from './text/frontMatter';
import { releaseReportMemos } from './text/reportMemo';
import { unwrapSoftBreaks } from './text/softWrap';
import { tokenize } from './text/tokenizer';
import type { Claim, DocumentAnalysis, EntityMention, PreparedText } from './types';

export function prepare(fileText: string): { prepared: PreparedText; front: ReturnType<typeof readFrontMatter> } {
  const front = readFrontMatter(fileText);
  // A hard-wrapped report is read as its writer's lines: soft wraps become spaces, so no offset moves.
  const text = unwrapSoftBreaks(fileText, front.bodyStart);
  const { tokens, sentences, prose } = tokenize(text, front.bodyStart);
  return { prepared: { text, bodyStart: front.bodyStart, tokens, sentences, prose }, front };
}

export function analyzeText(path: string, fileText: string): DocumentAnalysis {
  try {
    return analyzeReport(path, fileText);
  } finally {
    releaseReportMemos();
  }
}

function analyzeReport(path: string, fileText: string): DocumentAnalysis {
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
  const context = reportContext(meta.title, prepared, entities, claims, meta);
  return { ...partial, ...(inferred ? { publishedInferred: inferred } : {}), claims,
    ...(context.title.length || context.lead.length ? { context } : {}) };
}

/** Sentences of the body read as the report's lead. */
const LEAD_SENTENCES = 2;
/** Tokens a lead sentence has at least: a byline or a kicker ("From Associated Press", "It always is.") is no lead. */
const LEAD_MIN_TOKENS = 8;

/** A place or a country (a nationality is often a government's or a people's: "Serbian leader", "Iranian pilgrims"). */
function isPlace(e: EntityMention): boolean {
  return e.kind === 'place' || e.kind === 'country';
}

/** Words after which a title names the parts of its figure: "246 died in the storm, including 22 in Dallas County". */
const PART_MARKS = new Set(['including', 'among']);

/** Where a title's parts begin (the offset of its first part mark), or Infinity. */
function partsFrom(tokens: readonly { lower: string; start: number }[]): number {
  for (const t of tokens) if (PART_MARKS.has(t.lower)) return t.start;
  return Infinity;
}

/** Characters between a figure's clause and the part clause right after it (", including 80,000 in Paris"). */
const PART_GAP = 3;

/**
 * The mention lies in the clause of a figure that follows, right after, a figure of the same count: "1.3 million
 * people, including 80,000 in Paris" names Paris for the part only, not as what the report is about.
 */
function inPartClause(e: EntityMention, claims: readonly Claim[]): boolean {
  for (const c of claims) {
    if (e.start < c.start || e.end > c.end) continue;
    for (const o of claims) {
      if (o !== c && o.measure.key === c.measure.key && o.end <= c.start && c.start - o.end <= PART_GAP) return true;
    }
  }
  return false;
}

/**
 * The places a report is about: those its title names, and those of its lead (the body's first two sentences). A
 * dateline ("TACLOBAN, Philippines -": a name in capitals) tells where the reporter files from and is left out, its
 * country kept.
 */
export function reportContext(title: string | null, prepared: PreparedText, entities: readonly EntityMention[],
  claims: readonly Claim[], meta: Parameters<typeof recognizeEntities>[1]): { title: string[]; lead: string[] } {
  const named = new Set<string>();
  if (title) {
    const t = prepare(title.slice(0, 400)).prepared;
    const parts = partsFrom(t.tokens);
    for (const e of recognizeEntities(t, meta)) {
      if (isPlace(e) && e.start < parts && !isBackgroundPlace(t.tokens, e.start, e.end)) named.add(e.id);
    }
  }
  const lead = new Set<string>();
  const body = prepared.sentences.filter(s => s.start >= prepared.bodyStart && s.tokenEnd - s.tokenStart >= LEAD_MIN_TOKENS)
    .slice(0, LEAD_SENTENCES);
  const end = body.length ? body[body.length - 1].end : -1;
  for (const e of entities) {
    if (!body.length || e.start < body[0].start) continue;
    if (e.start >= end) break;
    if (!isPlace(e) || (e.text.length > 1 && e.text === e.text.toUpperCase())) continue;
    if (!inPartClause(e, claims) && !isBackgroundPlace(prepared.tokens, e.start, e.end)) lead.add(e.id);
  }
  return { title: [...named], lead: [...lead] };
}
