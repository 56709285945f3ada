#!/usr/bin/env node
// Resolves the hand-written golden annotations (`*.annot`, text + locator, never offsets) to exact offsets and writes
// `*.expected.json` next to them. Fails loudly on a missing string, an ambiguous locator or overlapping entity mentions,
// so nobody ever types an offset by hand. Format: see docs/evaluation.md.
//
//   node scripts/golden-offsets.mjs            regenerate every expected file
//   node scripts/golden-offsets.mjs --check    fail if an expected file is out of date
//   node scripts/golden-offsets.mjs --review   also print every resolved span with context, and unmarked repeats
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIXTURE_SETS } from './eval-score.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const goldenDir = path.join(root, 'test/fixtures/golden');
// U+02BC (ʼ) is a letter to Unicode but an apostrophe in these texts ("Russiaʼs"), so it ends a word.
const WORD = /(?!\u02BC)[\p{L}\p{N}]/u;

class AnnotError extends Error {}

function isWordAt(text, i) {
  return i >= 0 && i < text.length && WORD.test(text[i]);
}

/** Every occurrence of `needle` whose ends are not glued to a longer word. */
function occurrences(text, needle) {
  const out = [];
  const wordStart = WORD.test(needle[0]);
  const wordEnd = WORD.test(needle[needle.length - 1]);
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) {
    if (wordStart && isWordAt(text, i - 1)) continue;
    if (wordEnd && isWordAt(text, i + needle.length)) continue;
    out.push(i);
  }
  return out;
}

/**
 * A locator: `text`, `text@k` (k-th occurrence, 1-based), `text@*` (all), `left<<target>>right` (the whole string is
 * searched, the span is the target), and `a ... b` (from a's start to the end of the first b after it).
 * Returns candidate spans; `all` tells whether every candidate is wanted.
 */
function parseLocator(raw) {
  let s = raw.trim();
  let index = null;
  let all = false;
  const at = /@(\d+|\*)$/.exec(s);
  if (at) {
    s = s.slice(0, at.index);
    if (at[1] === '*') all = true;
    else index = Number(at[1]);
  }
  let tail = null;
  const dots = s.indexOf(' ... ');
  if (dots !== -1) {
    tail = s.slice(dots + 5);
    s = s.slice(0, dots);
  }
  let left = '';
  let right = '';
  let target = s;
  const open = s.indexOf('<<');
  const close = s.indexOf('>>');
  if (open !== -1 || close !== -1) {
    if (open === -1 || close < open) throw new AnnotError(`bad context locator: ${raw}`);
    left = s.slice(0, open);
    target = s.slice(open + 2, close);
    right = s.slice(close + 2);
  }
  if (!target) throw new AnnotError(`empty locator: ${raw}`);
  return { raw, left, target, right, tail, index, all };
}

function candidates(text, loc) {
  const whole = loc.left + loc.target + loc.right;
  const spans = [];
  for (const i of occurrences(text, whole)) {
    const start = i + loc.left.length;
    let end = start + loc.target.length;
    if (loc.tail !== null) {
      const j = text.indexOf(loc.tail, end);
      if (j === -1) throw new AnnotError(`"${loc.tail}" not found after "${whole}"`);
      end = j + loc.tail.length;
    }
    spans.push({ start, end });
  }
  if (spans.length === 0) throw new AnnotError(`not found: "${whole}"`);
  return spans;
}

/** Resolves a locator to one span; `near` picks the candidate closest to a position when there are several. */
function resolveOne(text, raw, near = null) {
  const loc = parseLocator(raw);
  if (loc.all) throw new AnnotError(`@* not allowed here: ${raw}`);
  const spans = candidates(text, loc);
  if (loc.index !== null) {
    if (loc.index < 1 || loc.index > spans.length) {
      throw new AnnotError(`"${raw}": occurrence ${loc.index} of ${spans.length}`);
    }
    return spans[loc.index - 1];
  }
  if (spans.length === 1) return spans[0];
  if (near !== null) {
    const dist = s => Math.min(Math.abs(s.start - near.start), Math.abs(s.start - near.end), Math.abs(s.end - near.start));
    const sorted = [...spans].sort((a, b) => dist(a) - dist(b));
    if (dist(sorted[0]) === dist(sorted[1])) throw new AnnotError(`"${raw}": two candidates equally near`);
    return sorted[0];
  }
  throw new AnnotError(`"${raw}" is ambiguous: ${spans.length} occurrences (add @k or context)`);
}

const overlaps = (a, b) => a.start < b.end && b.start < a.end;
const num = s => (s === 'null' ? null : Number(s));

function checkDay(s, where) {
  if (s === 'null') return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s) || Number.isNaN(Date.parse(s + 'T00:00:00Z'))) {
    throw new AnnotError(`${where}: bad date "${s}"`);
  }
  return s;
}

/** Parses and resolves one `.annot` file; returns the expected document and review notes. */
export function resolveAnnot(annotText, readText) {
  const doc = { path: null, published: null, outlet: null, entities: [], quantities: [], dates: [], attributions: [] };
  const names = new Map();
  const entityLines = [];
  const pending = { Q: [], D: [], A: [] };
  let text = null;
  const lines = annotText.split('\n');
  lines.forEach((line, i) => {
    const where = `line ${i + 1}`;
    const t = line.trim();
    if (!t || t.startsWith('#')) return;
    const sp = t.indexOf(' ');
    const tag = sp === -1 ? t : t.slice(0, sp);
    const rest = sp === -1 ? '' : t.slice(sp + 1).trim();
    if (tag === 'path') {
      doc.path = rest;
      text = readText(rest);
    } else if (tag === 'published') doc.published = checkDay(rest, where);
    else if (tag === 'outlet') doc.outlet = rest === 'null' ? null : rest;
    else if (tag === 'E') entityLines.push({ rest, where });
    else if (tag in pending) pending[tag].push({ rest, where });
    else throw new AnnotError(`${where}: unknown tag "${tag}"`);
  });
  if (text === null) throw new AnnotError('missing "path" line');
  const bodyStart = frontMatterEnd(text);
  const inBody = s => s.start >= bodyStart;

  // Entities, in file order: explicit locators claim their span; `@*` takes every occurrence not yet claimed.
  // E <kind:slug> = <Name> : <locator> ; <locator> ; ...
  for (const { rest, where } of entityLines) {
    const m = /^(\S+)\s*=\s*(.+?)\s*:\s(.+)$/.exec(rest);
    if (!m) throw new AnnotError(`${where}: expected "E id = Name : locators"`);
    const [, id, name, locs] = m;
    const kind = id.slice(0, id.indexOf(':'));
    if (!['person', 'organization', 'outlet', 'military_unit', 'place', 'country', 'nationality', 'other'].includes(kind)) {
      throw new AnnotError(`${where}: bad kind in id "${id}"`);
    }
    if (names.has(id) && names.get(id) !== name) throw new AnnotError(`${where}: two names for ${id}`);
    names.set(id, name);
    for (const raw of locs.split(' ; ')) {
      const loc = parseLocator(raw);
      const spans = loc.all
        ? candidates(text, loc).filter(s => inBody(s) && !doc.entities.some(e => overlaps(e, s)))
        : [resolveOne(text, raw)];
      if (spans.length === 0) throw new AnnotError(`${where}: "${raw}" matched nothing unclaimed`);
      for (const s of spans) {
        const clash = doc.entities.find(e => overlaps(e, s));
        if (clash) throw new AnnotError(`${where}: "${raw}" overlaps "${clash.text}" (${clash.id})`);
        doc.entities.push({ start: s.start, end: s.end, text: text.slice(s.start, s.end), kind, id, name });
      }
    }
  }

  // Q <locator> = <low> <high> <unit>
  for (const { rest, where } of pending.Q) {
    const m = /^(.+?)\s=\s(\S+)\s+(\S+)\s+(\S+)$/.exec(rest);
    if (!m) throw new AnnotError(`${where}: expected "Q locator = low high unit"`);
    const s = resolveOne(text, m[1]);
    const low = num(m[2]);
    const high = num(m[3]);
    if ((low !== null && Number.isNaN(low)) || (high !== null && Number.isNaN(high))) throw new AnnotError(`${where}: bad number`);
    if (low !== null && high !== null && low > high) throw new AnnotError(`${where}: low > high`);
    doc.quantities.push({ start: s.start, end: s.end, text: text.slice(s.start, s.end), low, high, unit: m[4] });
  }

  // D <locator> = <from> <to>
  for (const { rest, where } of pending.D) {
    const m = /^(.+?)\s=\s(\S+)\s+(\S+)$/.exec(rest);
    if (!m) throw new AnnotError(`${where}: expected "D locator = from to"`);
    const s = resolveOne(text, m[1]);
    const from = checkDay(m[2], where);
    const to = checkDay(m[3], where);
    if ((from === null) !== (to === null) || (from && from > to)) throw new AnnotError(`${where}: bad interval`);
    doc.dates.push({ start: s.start, end: s.end, text: text.slice(s.start, s.end), from, to });
  }

  // A <source locator> -> <id> [(Name)] | <cue locator> | <content locator> | <via ids, nearest first>
  // Source and cue locators without @k take the occurrence nearest to the content.
  for (const { rest, where } of pending.A) {
    const parts = rest.split(' | ');
    if (parts.length !== 4) throw new AnnotError(`${where}: expected 4 fields separated by " | "`);
    const sm = /^(.+?)\s->\s(\S+)(?:\s\((.+)\))?$/.exec(parts[0].trim());
    if (!sm) throw new AnnotError(`${where}: expected "source -> id (Name)"`);
    const content = resolveOne(text, parts[2]);
    const src = resolveOne(text, sm[1], content);
    const cue = resolveOne(text, parts[1], content);
    const id = sm[2];
    const name = sm[3] ?? names.get(id);
    if (!name) throw new AnnotError(`${where}: no name for source id ${id} (give it in parentheses)`);
    if (sm[3] && names.has(id) && names.get(id) !== sm[3]) throw new AnnotError(`${where}: name differs from entity table`);
    const via = parts[3].trim() === '-' ? [] : parts[3].split(',').map(v => v.trim());
    for (const v of via) if (!names.has(v)) throw new AnnotError(`${where}: via id ${v} is not an annotated entity`);
    doc.attributions.push({
      source: { start: src.start, end: src.end, text: text.slice(src.start, src.end), id, name },
      cue: { start: cue.start, end: cue.end, text: text.slice(cue.start, cue.end) },
      content: { start: content.start, end: content.end },
      via,
    });
  }

  doc.entities.sort((a, b) => a.start - b.start);
  doc.quantities.sort((a, b) => a.start - b.start);
  doc.dates.sort((a, b) => a.start - b.start);
  doc.attributions.sort((a, b) => a.content.start - b.content.start);
  return { doc, text };
}

/** Offset where the body starts: after a `---` front matter block, else 0. Front matter is metadata, never annotated. */
function frontMatterEnd(text) {
  return text.startsWith('---\n') ? text.indexOf('\n---', 4) + 4 : 0;
}

/** Strings annotated as an entity somewhere that also occur unmarked elsewhere in the body: the usual annotation slip. */
function unmarkedRepeats(doc, text) {
  const notes = [];
  const bodyStart = frontMatterEnd(text);
  const seen = new Set();
  for (const e of doc.entities) {
    if (seen.has(e.text)) continue;
    seen.add(e.text);
    for (const i of occurrences(text, e.text)) {
      if (i < bodyStart) continue;
      const s = { start: i, end: i + e.text.length };
      if (!doc.entities.some(x => overlaps(x, s))) notes.push(`unmarked "${e.text}" at ${i}: …${context(text, s)}…`);
    }
  }
  return notes;
}

function context(text, s) {
  const a = Math.max(0, s.start - 30);
  const b = Math.min(text.length, s.end + 30);
  return (text.slice(a, s.start) + '[' + text.slice(s.start, s.end) + ']' + text.slice(s.end, b)).replace(/\s+/g, ' ');
}

export function annotFiles() {
  const out = [];
  for (const set of FIXTURE_SETS) {
    const dir = path.join(goldenDir, set);
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir).sort()) if (f.endsWith('.annot')) out.push(path.join(dir, f));
  }
  return out;
}

function main() {
  const check = process.argv.includes('--check');
  const review = process.argv.includes('--review');
  const only = process.argv.slice(2).filter(a => !a.startsWith('--'));
  let failed = false;
  for (const file of annotFiles()) {
    if (only.length && !only.some(o => file.includes(o))) continue;
    const rel = path.relative(root, file);
    try {
      const { doc, text } = resolveAnnot(fs.readFileSync(file, 'utf8'), p => fs.readFileSync(path.join(root, p), 'utf8'));
      const out = file.replace(/\.annot$/, '.expected.json');
      const json = JSON.stringify(doc, null, 1) + '\n';
      if (check) {
        if (!fs.existsSync(out) || fs.readFileSync(out, 'utf8') !== json) {
          console.error(`${rel}: expected file is out of date`);
          failed = true;
        }
      } else fs.writeFileSync(out, json);
      const n = doc;
      console.log(`${rel}: ${n.entities.length} entities, ${n.quantities.length} quantities, ${n.dates.length} dates, ` +
        `${n.attributions.length} attributions`);
      if (review) {
        for (const e of doc.entities) console.log(`  E ${e.id.padEnd(40)} ${context(text, e)}`);
        for (const q of doc.quantities) console.log(`  Q [${q.low}, ${q.high}] ${q.unit.padEnd(10)} ${context(text, q)}`);
        for (const d of doc.dates) console.log(`  D ${d.from}..${d.to} ${context(text, d)}`);
        for (const a of doc.attributions) {
          console.log(`  A ${a.source.id} "${a.source.text}"@${a.source.start} cue "${a.cue.text}"@${a.cue.start} via [${a.via}]`);
          console.log(`      «${text.slice(a.content.start, a.content.end).replace(/\s+/g, ' ')}»`);
        }
        for (const note of unmarkedRepeats(doc, text)) console.log(`  ? ${note}`);
      }
    } catch (err) {
      if (!(err instanceof AnnotError) && !(err.code === 'ENOENT')) throw err;
      console.error(`${rel}: ${err.message}`);
      failed = true;
    }
  }
  // An expected file whose source was deleted or renamed would still be scored: flag it too.
  if (check && only.length === 0) {
    const sources = new Set(annotFiles().map(f => f.replace(/\.annot$/, '.expected.json')));
    for (const set of FIXTURE_SETS) {
      const dir = path.join(goldenDir, set);
      if (!fs.existsSync(dir)) continue;
      for (const f of fs.readdirSync(dir)) {
        const full = path.join(dir, f);
        if (f.endsWith('.expected.json') && !sources.has(full)) {
          console.error(`${path.relative(root, full)}: no .annot source`);
          failed = true;
        }
      }
    }
  }
  if (failed) process.exit(1);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
