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
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    if (line === '---' || line === '...') {
      const yamlText = text.slice(firstBreak + 1, lineStart);
      const bodyStart = Math.min(text.length, lineEnd + 1);
      return { ...toFrontMatter(yamlText), bodyStart };
    }
    lineStart = lineEnd + 1;
  }
  return { data: {}, bodyStart: 0, error: 'front matter starts with --- but has no closing --- line; read as body text' };
}

function toFrontMatter(yamlText: string): { data: FrontMatter; error: string | null } {
  let raw: unknown;
  try {
    raw = parse(yamlText, { maxAliasCount: 50 });
  } catch (e) {
    const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return { data: {}, error: `front matter is not valid YAML: ${msg}` };
  }
  if (raw === null || raw === undefined) return { data: {}, error: null };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { data: {}, error: 'front matter is not a YAML mapping' };
  const obj = raw as Record<string, unknown>;
  const data: FrontMatter = {};
  const str = (v: unknown): string | undefined => {
    if (typeof v === 'string') return v.trim() || undefined;
    if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
    if (typeof v === 'number') return String(v);
    return undefined;
  };
  data.title = str(obj.title);
  data.outlet = str(obj.outlet ?? obj.source ?? obj.publisher);
  data.published = str(obj.published ?? obj.date);
  data.url = str(obj.url ?? obj.link);
  return { data, error: null };
}
