// YAML front matter (title, outlet, published, url), read with the `yaml` library.
import { parse } from 'yaml';
import type { FrontMatter } from '../types';

export interface FrontMatterResult {
  data: FrontMatter;
  /** Offset of the first body character (0 when there is no front matter). */
  bodyStart: number;
  error: string | null;
}

/** Finds a leading `---` block. Broken YAML is reported, and the body still starts after the block. */
export function readFrontMatter(text: string): FrontMatterResult {
  const none: FrontMatterResult = { data: {}, bodyStart: 0, error: null };
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!text.startsWith('---', bom)) return none;
  const firstBreak = text.indexOf('\n', bom);
  if (firstBreak < 0 || text.slice(bom + 3, firstBreak).trim() !== '') return none;
  // The closing fence: a line that is exactly --- or ... (searched line by line, linear).
  let lineStart = firstBreak + 1;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (isFence(text, lineStart, lineEnd)) {
      const yamlText = text.slice(firstBreak + 1, lineStart);
      const bodyStart = Math.min(text.length, lineEnd + 1);
      return { ...toFrontMatter(yamlText), bodyStart };
    }
    lineStart = lineEnd + 1;
  }
  return { data: {}, bodyStart: 0, error: 'front matter starts with --- but has no closing --- line; read as body text' };
}

/** text[start, end) is a line that is exactly --- or ... (a CR before its break allowed); no copy of the line is made. */
function isFence(text: string, start: number, end: number): boolean {
  const length = end - start - (end > start && text.charCodeAt(end - 1) === 13 ? 1 : 0);
  return length === 3 && (text.startsWith('---', start) || text.startsWith('...', start));
}

/** Plain `key: value` lines: the shape nearly every report's front matter has. */
const SIMPLE_KEY = /^[A-Za-z_][A-Za-z0-9_-]{0,63}$/;
/** Values that are plain strings to YAML whatever the schema: they open with a letter, or are an ISO date. */
const SIMPLE_VALUE = /^(?:[A-Za-z][^\x00-\x1f\x7f-\x9f#\u2028\u2029\ufeff]{0,2000}|[0-9]{4}-[0-9]{2}-[0-9]{2})$/;
/** Words YAML 1.1 or 1.2 reads as null or booleans rather than strings. */
const NOT_STRINGS = new Set(['null', 'true', 'false', 'yes', 'no', 'on', 'off', 'y', 'n']);

/**
 * Reads front matter made only of `key: plain string` lines without the YAML parser, which costs more than the
 * rest of a short report's metadata. Anything else (quotes at the start, lists, comments, numbers, repeated keys)
 * returns undefined and goes to the parser, so the result is always what the parser would give.
 */
function readSimple(yamlText: string): Record<string, string> | undefined {
  const out: Record<string, string> = Object.create(null);
  let any = false;
  for (const line of lines(yamlText)) {
    if (/^ *$/.test(line)) continue;
    const colon = line.indexOf(': ');
    if (colon < 0) return undefined;
    const key = line.slice(0, colon);
    const value = line.slice(colon + 2).trim();
    if (!SIMPLE_KEY.test(key) || NOT_STRINGS.has(key.toLowerCase()) || key in out) return undefined;
    if (!SIMPLE_VALUE.test(value) || value.includes(': ') || value.endsWith(':') || NOT_STRINGS.has(value.toLowerCase())) return undefined;
    out[key] = value;
    any = true;
  }
  return any ? out : undefined;
}

/**
 * Longer front matter is no report's metadata block, and the YAML parser's duplicate-key check costs time quadratic in
 * the number of keys (100k keys took 90 s): only its top-level `key: value` lines are read, with a warning.
 */
const MAX_YAML_LINES = 1000;

function toFrontMatter(yamlText: string): { data: FrontMatter; error: string | null } {
  const lineTotal = lineCount(yamlText);
  if (lineTotal > MAX_YAML_LINES) {
    const top = readReadKeys(yamlText);
    return { data: top ? fields(top) : {}, error: `front matter has ${lineTotal} lines (more than ${MAX_YAML_LINES}); only its top-level "key: value" lines were read` };
  }
  let raw: unknown = readSimple(yamlText);
  if (raw === undefined) {
    try {
      raw = parse(yamlText, { maxAliasCount: 50 });
    } catch (e) {
      const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
      // People write `title: Crash: 34 dead` by hand. When every line still reads as `key: value`, keep the
      // fields (and say the YAML is invalid) rather than lose the publication date and outlet.
      const lenient = readLenient(yamlText);
      if (!lenient) return { data: {}, error: `front matter is not valid YAML: ${msg}` };
      return { data: fields(lenient), error: `front matter is not valid YAML (${msg}); its fields were read line by line` };
    }
  }
  if (raw === null || raw === undefined) return { data: {}, error: null };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { data: {}, error: 'front matter is not a YAML mapping' };
  return { data: fields(raw as Record<string, unknown>), error: null };
}

function fields(obj: Record<string, unknown>): FrontMatter {
  const data: FrontMatter = {};
  const str = (v: unknown): string | undefined => {
    if (typeof v === 'string') return v.trim() || undefined;
    if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
    if (typeof v === 'number') return String(v);
    return undefined;
  };
  for (const [field, keys] of Object.entries(FIELD_KEYS) as [keyof FrontMatter, readonly string[]][]) {
    const key = keys.find(k => obj[k] !== undefined && obj[k] !== null);
    data[field] = key === undefined ? undefined : str(obj[key]);
  }
  return data;
}

/** The keys each field is read from, first found wins. */
const FIELD_KEYS: Record<keyof FrontMatter, readonly string[]> = {
  title: ['title'],
  outlet: ['outlet', 'source', 'publisher', 'site', 'blog', 'publication'],
  published: ['published', 'date'],
  url: ['url', 'link'],
};
/** Every key some field is read from: a long front matter keeps only these (see readReadKeys). */
const READ_KEYS: ReadonlySet<string> = new Set(Object.values(FIELD_KEYS).flat());

/**
 * Every non-blank line `key: value`, split at the first colon; undefined when any line is something else (other
 * than blank).
 */
function readLenient(yamlText: string): Record<string, string> | undefined {
  const out: Record<string, string> = Object.create(null);
  let any = false;
  for (const line of lines(yamlText)) {
    if (line.trim() === '') continue;
    const colon = line.indexOf(':');
    const key = colon > 0 ? line.slice(0, colon) : '';
    if (!SIMPLE_KEY.test(key)) return undefined;
    out[key] = unquote(line.slice(colon + 1));
    any = true;
  }
  return any ? out : undefined;
}

/**
 * A long front matter's top-level lines for the keys fields() reads, the first of repeated keys kept, in one pass that
 * copies no line and runs no regular expression per line (a block of 70k keys made as many strings and matches, and a
 * search per key read the whole block a dozen times).
 */
function readReadKeys(yamlText: string): Record<string, string> | undefined {
  const out: Record<string, string> = Object.create(null);
  let any = false;
  for (let at = 0; at < yamlText.length;) {
    const next = yamlText.indexOf('\n', at);
    const end = next < 0 ? yamlText.length : next;
    for (const key of READ_KEYS_BY_FIRST.get(yamlText.charCodeAt(at)) ?? []) {
      if (key in out || yamlText.charCodeAt(at + key.length) !== 58 /* : */ || !yamlText.startsWith(key, at)) continue;
      out[key] = unquote(yamlText.slice(at + key.length + 1, end));
      any = true;
    }
    if (next < 0) break;
    at = next + 1;
  }
  return any ? out : undefined;
}

/** The read keys by their first character's code. */
const READ_KEYS_BY_FIRST = new Map<number, string[]>();
for (const key of READ_KEYS) READ_KEYS_BY_FIRST.set(key.charCodeAt(0), [...(READ_KEYS_BY_FIRST.get(key.charCodeAt(0)) ?? []), key]);

/** A value without its surrounding blanks and one pair of matching quotes. */
const unquote = (value: string): string => value.trim().replace(/^(["'])(.*)\1$/, '$2');

/** The lines of `text` without their line breaks, one at a time: a long front matter makes no array of all its lines. */
function* lines(text: string): Generator<string> {
  for (let at = 0; at <= text.length;) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const line = text.slice(at, end);
    yield line.endsWith('\r') ? line.slice(0, -1) : line;
    at = end + 1;
  }
}

function lineCount(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
