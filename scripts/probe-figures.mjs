// Coverage probe for the quantity recognizer: runs the engine's public analysis on news text nobody tuned quantities on
// (the public benchmarks' development and training texts, never a test split) and lists every digit-bearing token and
// every spelled-out number word that is inside no recognized quantity or date, grouped by a shape class with counts and
// a few examples per class. See docs/quantities.md, "Coverage probe".
//
//   node scripts/probe-figures.mjs --data <bench> (or CROSSCHECK_BENCH_DIR) [--top 60] [--examples 3] [--json out.json]
//                                  [--read CLASS] [--limit N]
//
// --read CLASS lists the figures the engine DID read whose token falls in that class (for sampling precision).
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : dflt; };
const DATA = opt('data', process.env.CROSSCHECK_BENCH_DIR ?? '');
const TOP = Number(opt('top', 60));
const EXAMPLES = Number(opt('examples', 3));
const JSON_OUT = opt('json', null);
const READ_CLASS = opt('read', null);
const LIMIT = Number(opt('limit', 0));
// --engine PATH probes another build; --diff PATH lists the figures this build reads that the other build does not
// (with their class and context), to sample what a change newly reads.
const engine = require(opt('engine', '../dist/engine.js').replace(/^(?!\.|\/)/, process.cwd() + '/'));
const DIFF = opt('diff', null);

// --- corpora (development and training texts only) ---
/** CoNLL-2003: token per line; documents split at -DOCSTART-, sentences at blank lines. */
function conllDocs(file) {
  const docs = [];
  let sents = [], words = [];
  const flush = () => { if (words.length) sents.push(detok(words)); words = []; };
  const doc = () => { flush(); if (sents.length) docs.push({ name: `${file}#${docs.length}`, text: sents.join('\n') }); sents = []; };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('-DOCSTART-')) { doc(); continue; }
    if (!line.trim()) { flush(); continue; }
    words.push(line.split(' ')[0]);
  }
  doc();
  return docs;
}
/** Joins tokens as a newspaper prints them: no space before closing marks, none after opening ones. */
function detok(words) {
  let out = '';
  for (let i = 0; i < words.length; i++) {
    const w = words[i], prev = words[i - 1];
    const tight = i === 0 || /^([,.;:!?%)\]}]|'s|'|n't)$/.test(w) || prev === '(' || prev === '$' || prev === '``';
    out += (tight ? '' : ' ') + (w === '``' || w === "''" ? '"' : w);
  }
  return out;
}
/** TimeML: the TEXT element with its tags stripped and entities decoded. */
function timemlDoc(file) {
  const raw = readFileSync(file, 'utf8');
  const m = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(raw);
  const body = (m ? m[1] : raw).replace(/<[^>]*>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>')
    .replace(/``|''/g, '"');
  const dct = /value="(\d{4}-\d{2}-\d{2})"[^>]*CREATION_TIME/.exec(raw);
  return { name: file, text: (dct ? `---\npublished: ${dct[1]}\n---\n` : '') + body };
}
function walk(dir, ext) {
  const out = [];
  for (const e of readdirSync(dir).sort()) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...walk(p, ext)); else if (p.endsWith(ext)) out.push(p);
  }
  return out;
}
function corpora() {
  if (!DATA) {
    console.error('probe-figures: no data directory. Pass --data <directory> or set CROSSCHECK_BENCH_DIR (layout as in scripts/eval-external.mjs).');
    process.exit(2);
  }
  const docs = [];
  for (const f of ['conll2003/eng.train', 'conll2003/eng.testa']) docs.push(...conllDocs(join(DATA, f)).map(d => ({ ...d, set: 'conll' })));
  for (const f of walk(join(DATA, 'tempeval3/TBAQ-cleaned'), '.tml')) docs.push({ ...timemlDoc(f), set: 'tempeval3' });
  for (const f of walk(join(DATA, 'polnear/train/text'), '.txt')) docs.push({ name: f, text: readFileSync(f, 'utf8'), set: 'polnear' });
  return docs;
}

// --- classes ---
const SPELLED = new Set(engine.__numberWords ?? [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty',
  'seventy', 'eighty', 'ninety', 'hundred', 'thousand', 'million', 'billion', 'trillion', 'dozen', 'dozens', 'hundreds',
  'thousands', 'millions', 'billions', 'half', 'third', 'quarter',
]);
const SCALE = new Set(['million', 'billion', 'trillion', 'thousand', 'hundred', 'mln', 'bln', 'm', 'bn', 'crore', 'lakh']);
const UNITWORD = new Set(['percent', '%', 'pct', 'per', 'cent', 'points', 'point', 'tonnes', 'tons', 'km', 'miles', 'dollars',
  'marks', 'francs', 'pounds', 'yen', 'barrels', 'years', 'year', 'days', 'months', 'weeks', 'hours', 'minutes', 'seconds',
  'people', 'shares', 'votes', 'seats']);
const MONTHS = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const CURRENCY = /^(\$|£|€|¥|us\$|c\$|a\$|dm|dlrs|rs)$/i;

function digitShape(t) {
  let s = t.replace(/[A-Za-z]+/g, w => (/^(st|nd|rd|th)$/i.test(w) ? '@th' : /^(m|bn|k|mln|bln)$/i.test(w) ? `@${w.toLowerCase()}` : '@x'));
  s = s.replace(/\d+/g, d => (d.length >= 5 ? 'NNNNN' : d.length === 4 ? 'NNNN' : 'N'));
  return s.replace(/,N(?![N])/g, ',NNN').replace(/@/g, '');
}
function wordClass(tok) {
  if (!tok) return 'END';
  const l = tok.lower;
  if (/\d/.test(l)) return 'NUM';
  if (SCALE.has(l)) return l;
  if (UNITWORD.has(l)) return l;
  if (SPELLED.has(l)) return 'NUMWORD';
  if (MONTHS.test(l) && tok.text[0] === tok.text[0].toUpperCase() && /^[A-Z][a-z]{2,8}\.?$/.test(tok.text) && /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?$/i.test(l)) return 'MONTH';
  if (tok.type === 'punctuation' || tok.pos === 'PUNCT') return JSON.stringify(tok.text).slice(1, -1);
  if (CURRENCY.test(l)) return '$';
  return tok.pos;
}
const PREV_SPECIAL = new Set(['no.', 'no', '(', ':', '-', '--', '$', '£', 'about', 'some', 'nearly', 'around', 'than', 'of',
  'to', 'from', 'at', 'by', 'the', 'a', 'another', 'further', 'additional', 'only', 'just', 'up', 'over', 'with', 'and']);
function prevClass(tok) {
  if (!tok) return 'START';
  if (PREV_SPECIAL.has(tok.lower)) return tok.lower;
  if (MONTHS.test(tok.lower) && wordClass(tok) === 'MONTH') return 'MONTH';
  if (/\d/.test(tok.text)) return 'NUM';
  if (SPELLED.has(tok.lower)) return 'NUMWORD';
  return tok.pos === 'PUNCT' ? tok.text : tok.pos;
}
function classOf(tokens, i) {
  const t = tokens[i];
  let k = i + 1;
  while (k < tokens.length && tokens[k].type === 'tabCRLF') k++;
  const next = tokens[k];
  let p = i - 1;
  while (p >= 0 && tokens[p].type === 'tabCRLF') p--;
  const prev = tokens[p];
  const lineStart = !prev || /\n/.test(engineText.slice(prev.end, t.start)) || tokens[p].type === 'tabCRLF';
  if (tableRow(tokens, i)) return 'table row';
  const shape = /\d/.test(t.text) ? digitShape(t.text) : 'WORD';
  // Named shapes first.
  if (/^\d+(st|nd|rd|th)$/i.test(t.text)) return 'ordinal Nth';
  if (/^\d{1,2}:\d\d/.test(t.text)) return 'time N:NN';
  if (/^\d+-year-old$/i.test(t.text) || (next && /^-?year-old$/i.test(next.lower))) return 'age N-year-old';
  if (/^(1[89]|20)\d\d$/.test(t.text)) return `year NNNN ${prevClass(prev) === 'MONTH' || wordClass(next) === 'MONTH' ? 'by month' : ''}`.trim();
  if (/^\d+-\d+$/.test(t.text)) return 'score/range N-N';
  if (prev && /^no\.?$/i.test(prev.text) && /^\d/.test(t.text)) return 'No. N';
  if (wordClass(prev) === 'MONTH' || wordClass(next) === 'MONTH') return `${shape} by month`;
  const pc = prevClass(prev);
  const nc = wordClass(next);
  return `${lineStart ? '^' : pc} ${shape === 'WORD' ? `word:${t.lower}` : shape} ${nc}`;
}

let engineText = '';
/** A line of a results or accounts table: three or more figures making a quarter or more of its tokens. */
let rowCache = new Map();
function tableRow(tokens, i) {
  const t = tokens[i];
  const ls = engineText.lastIndexOf('\n', t.start) + 1;
  if (rowCache.has(ls)) return rowCache.get(ls);
  let le = engineText.indexOf('\n', t.end); if (le < 0) le = engineText.length;
  let n = 0, d = 0;
  for (let k = i; k >= 0 && tokens[k].start >= ls; k--) { if (tokens[k].type === 'tabCRLF') continue; n++; if (/\d/.test(tokens[k].text)) d++; }
  for (let k = i + 1; k < tokens.length && tokens[k].end <= le; k++) { if (tokens[k].type === 'tabCRLF') continue; n++; if (/\d/.test(tokens[k].text)) d++; }
  const row = d >= 3 && d * 4 >= n;
  rowCache.set(ls, row);
  return row;
}
function probe(docs) {
  const classes = new Map();
  const readClass = [];
  let nTok = 0, nUnread = 0, nWords = 0;
  const started = Date.now();
  for (const doc of docs) {
    const a = engine.analyzeText(doc.name, doc.text);
    const { prepared } = engine.prepare(doc.text);
    engineText = prepared.text;
    rowCache = new Map();
    const covered = [...a.quantities, ...a.dates].map(s => [s.start, s.end]).sort((x, y) => x[0] - y[0]);
    const inside = (t) => covered.some(([s, e]) => t.start < e && t.end > s);
    const tokens = prepared.tokens;
    nWords += tokens.length;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (!(/\d/.test(t.text) || SPELLED.has(t.lower))) continue;
      nTok++;
      const isIn = inside(t);
      const cls = classOf(tokens, i);
      if (isIn) {
        if (READ_CLASS && cls === READ_CLASS) {
          const q = a.quantities.find(s => t.start < s.end && t.end > s.start);
          if (q) readClass.push({ q: `${q.text}|${q.value}|${q.low}|${q.high}|${q.unit}|${q.hedge}`, ctx: ctx(prepared.text, q.start, q.end) });
        }
        continue;
      }
      nUnread++;
      let c = classes.get(cls);
      if (!c) classes.set(cls, c = { count: 0, sets: {}, examples: [] });
      c.count++;
      c.sets[doc.set] = (c.sets[doc.set] ?? 0) + 1;
      if (c.examples.length < EXAMPLES || (c.count % 97 === 0 && EXAMPLES > 0)) {
        const ex = ctx(prepared.text, t.start, t.end);
        if (c.examples.length < EXAMPLES) c.examples.push(ex); else c.examples[(c.count / 97) % EXAMPLES | 0] = ex;
      }
    }
  }
  return { classes, nTok, nUnread, nWords, ms: Date.now() - started, readClass };
}
function ctx(text, s, e) {
  return `${text.slice(Math.max(0, s - 40), s)}[${text.slice(s, e)}]${text.slice(e, e + 40)}`.replace(/\s+/g, ' ');
}

const docs = corpora();
if (DIFF) {
  const other = require(DIFF.startsWith('/') ? DIFF : `${process.cwd()}/${DIFF}`);
  const key = q => `${q.start}|${q.end}|${q.value}|${q.low}|${q.high}|${q.unit}`;
  for (const doc of LIMIT ? docs.slice(0, LIMIT) : docs) {
    const mine = engine.analyzeText(doc.name, doc.text).quantities;
    const theirs = new Set(other.analyzeText(doc.name, doc.text).quantities.map(key));
    const { prepared } = engine.prepare(doc.text);
    engineText = prepared.text;
    rowCache = new Map();
    for (const q of mine) {
      if (theirs.has(key(q))) continue;
      const i = prepared.tokens.findIndex(t => t.end > q.start && (/\d/.test(t.text) || SPELLED.has(t.lower)));
      const cls = i >= 0 ? classOf(prepared.tokens, i) : '?';
      console.log(`${cls}\t${q.text}|${q.value}|${q.low}|${q.high}|${q.unit}|${q.hedge}\t${ctx(prepared.text, q.start, q.end)}`);
    }
  }
  process.exit(0);
}
const { classes, nTok, nUnread, nWords, ms, readClass } = probe(LIMIT ? docs.slice(0, LIMIT) : docs);
if (READ_CLASS) {
  console.log(`${readClass.length} read figures in class "${READ_CLASS}"`);
  for (const r of readClass) console.log(`${r.q}\t${r.ctx}`);
  process.exit(0);
}
const sorted = [...classes.entries()].sort((a, b) => b[1].count - a[1].count);
console.log(`${docs.length} documents, ${nWords} tokens, ${nTok} number tokens, ${nUnread} unread (${(100 * nUnread / nTok).toFixed(1)} %), ${ms} ms`);
for (const [cls, c] of sorted.slice(0, TOP)) {
  console.log(`${String(c.count).padStart(6)}  ${cls}   ${Object.entries(c.sets).map(([k, v]) => `${k}:${v}`).join(' ')}`);
  for (const ex of c.examples) console.log(`          ${ex}`);
}
if (JSON_OUT) writeFileSync(JSON_OUT, JSON.stringify({ nTok, nUnread, classes: Object.fromEntries(sorted) }, null, 1));
