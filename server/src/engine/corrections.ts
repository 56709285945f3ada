// The user's corrections of the engine, applied to analyses before the cross-source check, so every view
// and the CLI see the corrected result. Located corrections carry offsets already re-anchored to the text.
import type { Claim, DocumentAnalysis, EntityKind, EntityMention } from './types';

export type Correction =
  /** Not an entity / not a figure: drop what the engine found at this span. */
  | { kind: 'rejectEntity' | 'rejectQuantity'; path: string; start: number; end: number }
  /** The user marks a span as an entity, with its kind and canonical name. */
  | { kind: 'entity'; path: string; start: number; end: number; entityKind: EntityKind; name: string }
  /** Fix a canonical name everywhere ("place:kiev" is shown as "Kyiv"). */
  | { kind: 'renameEntity'; id: string; name: string }
  /** A spelling of a known entity ("Godges" is Ben Hodges): every occurrence becomes a mention of it. */
  | { kind: 'spelling'; spelling: string; name: string; entityKind: EntityKind }
  /** Change the value interval of the figure at this span. */
  | { kind: 'value'; path: string; start: number; end: number; low: number | null; high: number | null };

const overlaps = (a: { start: number; end: number }, s: number, e: number) => a.start < e && s < a.end;

export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Finds whole-word occurrences of `word` (case-insensitive) with indexOf: linear, no regular expression. */
function occurrences(text: string, word: string): number[] {
  const out: number[] = [];
  if (!word) return out;
  const hay = text.toLowerCase();
  const needle = word.toLowerCase();
  const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length)) {
    if (!isWord(text[i - 1]) && !isWord(text[i + needle.length])) out.push(i);
  }
  return out;
}

/** Applies corrections in place. `texts` gives each report's text (for spellings). */
export function applyCorrections(
  docs: readonly DocumentAnalysis[],
  corrections: readonly Correction[],
  texts: ReadonlyMap<string, string>,
): void {
  if (corrections.length === 0) return;
  const byPath = new Map(docs.map(d => [d.path, d]));
  const renames = new Map<string, string>();
  for (const c of corrections) {
    if (c.kind === 'renameEntity') renames.set(c.id, c.name);
    else if (c.kind === 'spelling') applySpelling(docs, c, texts);
    else {
      const d = byPath.get(c.path);
      if (d) applyLocated(d, c, texts.get(d.path) ?? '');
    }
  }
  if (renames.size) applyRenames(docs, renames);
}

type Located = Exclude<Correction, { kind: 'renameEntity' } | { kind: 'spelling' }>;

/** Every whole-word occurrence of the spelling, in every report, becomes a mention of the named entity. */
function applySpelling(docs: readonly DocumentAnalysis[], c: Extract<Correction, { kind: 'spelling' }>, texts: ReadonlyMap<string, string>): void {
  const id = `${c.entityKind}:${slug(c.name)}`;
  for (const d of docs) {
    const text = texts.get(d.path);
    if (!text) continue;
    for (const at of occurrences(text, c.spelling)) {
      const end = at + c.spelling.length;
      d.entities = d.entities.filter(e => !overlaps(e, at, end));
      d.entities.push({ start: at, end, text: text.slice(at, end), kind: c.entityKind, id, name: c.name });
    }
    d.entities.sort((a, b) => a.start - b.start);
  }
}

/** A correction at a span of one report: a rejection, a user's entity, or a corrected value interval. */
function applyLocated(d: DocumentAnalysis, c: Located, text: string): void {
  if (c.kind === 'rejectEntity') {
    d.entities = d.entities.filter(e => !overlaps(e, c.start, c.end));
  } else if (c.kind === 'rejectQuantity') {
    d.quantities = d.quantities.filter(q => !overlaps(q, c.start, c.end));
    d.claims = d.claims.filter(cl => !overlaps(cl.quantity, c.start, c.end));
  } else if (c.kind === 'entity') {
    const mention: EntityMention = {
      start: c.start, end: c.end, text: text.slice(c.start, c.end), kind: c.entityKind,
      id: `${c.entityKind}:${slug(c.name)}`, name: c.name,
    };
    d.entities = [...d.entities.filter(e => !overlaps(e, c.start, c.end)), mention].sort((a, b) => a.start - b.start);
  } else if (c.kind === 'value') {
    for (const q of d.quantities) {
      if (!overlaps(q, c.start, c.end)) continue;
      q.low = c.low;
      q.high = c.high;
    }
    for (const cl of d.claims) if (overlaps(cl.quantity, c.start, c.end)) setValue(cl, c.low, c.high);
  }
}

/** Corrected canonical names, wherever an entity's id appears: mentions, attribution sources, claim sources. */
function applyRenames(docs: readonly DocumentAnalysis[], renames: ReadonlyMap<string, string>): void {
  for (const d of docs) {
    for (const e of d.entities) {
      const name = renames.get(e.id);
      if (name) e.name = name;
    }
    for (const a of d.attributions) {
      const name = renames.get(a.source.id);
      if (name) a.source.name = name;
    }
    for (const cl of d.claims) {
      const name = cl.source && renames.get(cl.source.id);
      if (name && cl.source) cl.source.name = name;
    }
  }
}

function setValue(c: Claim, low: number | null, high: number | null): void {
  c.low = low;
  c.high = high;
  c.value = low !== null && low === high ? low : null;
  c.hedge = low === high ? 'exact' : 'range';
}
