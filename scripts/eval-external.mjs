#!/usr/bin/env node
// Scores the built engine (dist/engine.js) on the development splits of public benchmarks nobody here wrote:
// CoNLL-2003 English (testa), the TempEval-3 training data (TimeBank + AQUAINT, TimeML) and PolNeAR (dev).
// The data is never part of the project (licences): point the script at a directory you filled yourself.
//
//   npm run eval:external -- --dir <bench>      or   CROSSCHECK_BENCH_DIR=<bench> npm run eval -- --external
//
// Expected layout under <bench> (a benchmark whose files are absent is skipped with a message):
//   conll2003/eng.testa                 CoNLL-2003 format (token POS chunk NER), -DOCSTART- between documents
//                                       (eng.train beside it for --split train)
//   tempeval3/TBAQ-cleaned/**/*.tml     TimeML files with a CREATION_TIME TIMEX3
//   polnear/dev/text/*.txt, polnear/dev/attributions/*.ann   brat standoff, as in the PolNeAR repository
// PolNeAR options: --split train (the training split instead of dev), --errors (one line per missed gold cue and
// per false alarm: kind, document, cue words, context; for counting error classes; with --hits also every found cue).
// CoNLL options: --split train (eng.train instead of testa), --errors (one line per entity missed or mistyped and per
// false alarm: kind, sport/news document, gold type, predicted type, words, context).
// `--misses` prints, per TimeML document, the wrongly resolved, missed and extra DATE expressions. `--parts` prints
// the totals of each part of the TimeML data (TimeBank, AQUAINT: the folders under TBAQ-cleaned) apart, after the
// overall ones; `--part <name>` scores and lists (with --misses) only that part's documents.
// Only development splits are read: test splits are for independent measurement and must not be tuned on.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { root } from './eval-score.mjs';

const require = createRequire(import.meta.url);

/** The engine's entity kinds as CoNLL types; null kinds are not scored (CoNLL has them as MISC or not at all). */
export const KIND_TO_CONLL = {
  person: 'PER', organization: 'ORG', outlet: 'ORG', military_unit: 'ORG', place: 'LOC', country: 'LOC',
  nationality: null, other: null,
};

/** Published figures quoted by issue 11 (test splits), printed beside ours for orientation. */
const PUBLISHED = {
  conll: 'Stanford CRF 85.5 F1; Flair 93.1 (trained on it); Crosscheck before issue 11: typed 54.9, non-sports 68.6 (test)',
  timeml: 'HeidelTime 90.3 relaxed F1 on all time expressions; Crosscheck before issue 11: dates F1 82.6, 85 % resolved (test)',
  polnear: 'inter-annotator agreement 92.3 %; Crosscheck before issue 11: cue F1 54.0, source+cue 55.1 (test)',
};

// ---------------------------------------------------------------- scoring helpers

const inter = (a, b) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const prf = (tp, gold, pred) => {
  const p = pred ? tp / pred : gold ? 0 : 1;
  const r = gold ? tp / gold : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, tp, gold, pred };
};
const pct = x => (100 * x).toFixed(1);
const line = (label, s) =>
  `  ${label.padEnd(28)} P ${pct(s.p).padStart(5)}  R ${pct(s.r).padStart(5)}  F1 ${pct(s.f1).padStart(5)}   (tp ${s.tp}, gold ${s.gold}, pred ${s.pred})`;

/** Greedy one-to-one matching: each gold item takes the first unmatched prediction `ok` accepts. */
function matchCount(gold, pred, ok) {
  const used = new Set();
  const pairs = [];
  for (const g of gold) {
    const k = pred.findIndex((p, i) => !used.has(i) && ok(g, p));
    if (k >= 0) {
      used.add(k);
      pairs.push([g, pred[k]]);
    }
  }
  return pairs;
}

// ---------------------------------------------------------------- CoNLL-2003

const SPORT_HEADLINE = /^(?:SOCCER|FOOTBALL|CRICKET|TENNIS|GOLF|BASEBALL|BASKETBALL|RUGBY|CYCLING|ATHLETICS|MOTOR|MOTORCYCLING|BOXING|HORSE|ICE|NHL|NBA|NFL|SKIING|ALPINE|SWIMMING|ROWING|SQUASH|BADMINTON|VOLLEYBALL|HANDBALL|SAILING|YACHTING|TABLE|JUDO|WRESTLING|FIGURE|SPEED|OLYMPICS|AUSTRALIAN|HOCKEY|CHESS|TRIATHLON|GYMNASTICS|FENCING|SNOOKER|DARTS|MOTOCROSS|BOBSLEIGH|BIATHLON|NORDIC|CANOEING|SHOOTING|WEIGHTLIFTING|ROLLER|SPORT|SPORTS|RALLYING|ARCHERY|POLO|LACROSSE|KARATE|TAEKWONDO)\b/;

/** Joins CoNLL tokens into readable text (no space before closing punctuation or clitics), keeping each token's offsets. */
export function detokenize(sentences) {
  let text = '';
  const spans = [];
  for (const sent of sentences) {
    if (text) text += '\n\n';
    let prev = '';
    for (const tok of sent) {
      const glue = prev !== '' && (/^(?:[.,;:!?%)\]}]|'s|'S|n't|'re|'ve|'ll|'d|'m)$/.test(tok.word) || /^[([{$]$/.test(prev));
      if (prev !== '' && !glue) text += ' ';
      const start = text.length;
      text += tok.word;
      spans.push({ start, end: text.length, tag: tok.tag });
      prev = tok.word;
    }
  }
  return { text, spans };
}

export function conllDocuments(file) {
  const docs = [];
  let doc = null;
  let sent = [];
  const flush = () => {
    if (sent.length && doc) doc.push(sent);
    sent = [];
  };
  for (const raw of fs.readFileSync(file, 'utf8').split('\n')) {
    const l = raw.trim();
    if (l.startsWith('-DOCSTART-')) {
      flush();
      doc = [];
      docs.push(doc);
      continue;
    }
    if (!l) { flush(); continue; }
    const cols = l.split(/\s+/);
    sent.push({ word: cols[0], tag: cols[cols.length - 1] });
  }
  flush();
  return docs.filter(d => d.length);
}

/** Gold PER/ORG/LOC spans from IOB1/IOB2 tags. */
export function conllGold(spans) {
  const out = [];
  let cur = null;
  for (const s of spans) {
    const [bio, type] = s.tag === 'O' ? ['O', null] : s.tag.split('-');
    if (cur && (bio !== 'I' || type !== cur.type)) { out.push(cur); cur = null; }
    if (type && !cur) cur = { start: s.start, end: s.end, type };
    else if (cur) cur.end = s.end;
  }
  if (cur) out.push(cur);
  return out.filter(g => g.type !== 'MISC');
}

/**
 * With --errors, every gold entity not found with its type ("miss", with the type given when the span was found) and
 * every prediction matching no gold span ("false") is printed as one tab-separated line: kind, sport/news document,
 * gold/predicted type, words, context; for counting error classes.
 */
function printConllErrors(text, gold, pred, sport) {
  const words = s => text.slice(s.start, s.end).replace(/\s+/g, ' ');
  const ctx = s => `${text.slice(Math.max(0, s.start - 50), s.start)}[${words(s)}]${text.slice(s.end, s.end + 40)}`.replace(/\s+/g, ' ');
  const same = (g, p) => g.start === p.start && g.end === p.end;
  for (const g of gold) {
    const p = pred.find(x => same(g, x));
    if (!p || p.type !== g.type) console.log(`miss\t${sport}\t${g.type}\t${p ? p.type : '-'}\t${words(g)}\t${ctx(g)}`);
  }
  for (const p of pred) if (!gold.some(g => same(g, p))) console.log(`false\t${sport}\t-\t${p.type}\t${words(p)}\t${ctx(p)}`);
}

function runConll(engine, dir, argv = []) {
  // --split train scores eng.train (tuning happens there); testa stays the validation split; testb is never read.
  const split = argv.includes('--split') && argv[argv.indexOf('--split') + 1] === 'train' ? 'train' : 'testa';
  const errors = argv.includes('--errors');
  const file = path.join(dir, 'conll2003', `eng.${split}`);
  if (!fs.existsSync(file)) return console.log(`CoNLL-2003: skipped (no ${file})`);
  const tot = { all: [0, 0, 0], span: [0, 0, 0], nonSport: [0, 0, 0] };
  const byType = {};
  let docs = 0;
  let nonSportDocs = 0;
  for (const sentences of conllDocuments(file)) {
    const { text, spans } = detokenize(sentences);
    const gold = conllGold(spans);
    const pred = engine.analyzeText('conll.txt', text).entities
      .map(e => ({ start: e.start, end: e.end, type: KIND_TO_CONLL[e.kind] ?? null }))
      .filter(e => e.type);
    const typed = matchCount(gold, pred, (g, p) => g.start === p.start && g.end === p.end && g.type === p.type).length;
    const spanOnly = matchCount(gold, pred, (g, p) => g.start === p.start && g.end === p.end).length;
    const add = (k, tp) => { tot[k][0] += tp; tot[k][1] += gold.length; tot[k][2] += pred.length; };
    add('all', typed);
    add('span', spanOnly);
    const sport = SPORT_HEADLINE.test(sentences[0].map(t => t.word).join(' '));
    if (errors) printConllErrors(text, gold, pred, sport ? 'sport' : 'news');
    if (!sport) { add('nonSport', typed); nonSportDocs++; }
    for (const type of ['PER', 'ORG', 'LOC']) {
      byType[type] ??= [0, 0, 0];
      byType[type][0] += matchCount(gold.filter(g => g.type === type), pred.filter(p => p.type === type),
        (g, p) => g.start === p.start && g.end === p.end).length;
      byType[type][1] += gold.filter(g => g.type === type).length;
      byType[type][2] += pred.filter(p => p.type === type).length;
    }
    docs++;
  }
  console.log(`CoNLL-2003 English, ${split === 'train' ? 'train (eng.train)' : 'dev (testa)'}: ${docs} documents, ${nonSportDocs} not about sport; exact spans, MISC not scored`);
  console.log(line('typed PER/ORG/LOC', prf(...tot.all)));
  console.log(line('typed, non-sports documents', prf(...tot.nonSport)));
  console.log(line('span only (type ignored)', prf(...tot.span)));
  for (const [type, c] of Object.entries(byType)) console.log(line(`  ${type}`, prf(...c)));
  console.log(`  published: ${PUBLISHED.conll}`);
}

// ---------------------------------------------------------------- TimeML (TempEval-3 training data)

const pad = n => String(n).padStart(2, '0');
const iso = d => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const day = (y, m, d) => new Date(Date.UTC(y, m - 1, d));
const SEASONS = { SP: [3, 5], SU: [6, 8], FA: [9, 11], AU: [9, 11] };

/** A TIMEX3 DATE value as inclusive days, or null when it is not a calendar interval (PRESENT_REF, XXXX-…). */
export function timexInterval(v) {
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (m) return [`${m[1]}-${m[2]}-${m[3]}`, `${m[1]}-${m[2]}-${m[3]}`];
  m = /^(\d{4})-(\d{2})$/.exec(v);
  if (m) return [iso(day(+m[1], +m[2], 1)), iso(day(+m[1], +m[2] + 1, 0))];
  m = /^(\d{4})-W(\d{2})$/.exec(v);
  if (m) {
    const jan4 = day(+m[1], 1, 4);
    const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 864e5 + (+m[2] - 1) * 7 * 864e5);
    return [iso(monday), iso(new Date(monday.getTime() + 6 * 864e5))];
  }
  m = /^(\d{4})-Q([1-4])$/.exec(v);
  if (m) return [iso(day(+m[1], 3 * m[2] - 2, 1)), iso(day(+m[1], 3 * m[2] + 1, 0))];
  m = /^(\d{4})-H([12])$/.exec(v);
  if (m) return [iso(day(+m[1], 6 * m[2] - 5, 1)), iso(day(+m[1], 6 * m[2] + 1, 0))];
  m = /^(\d{4})-(SP|SU|FA|AU)$/.exec(v);
  if (m) {
    const [a, b] = SEASONS[m[2]];
    return [iso(day(+m[1], a, 1)), iso(day(+m[1], b + 1, 0))];
  }
  m = /^(\d{4})$/.exec(v);
  if (m) return [`${m[1]}-01-01`, `${m[1]}-12-31`];
  return null;
}

const unescapeXml = s => s.replace(/&(lt|gt|amp|quot|apos);/g, (_, e) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[e]);

/**
 * A found interval against a TIMEX3 value and its mod. Without a mod the days must be equal. TimeML writes "late
 * November" as value 1999-11 with mod END, where the engine gives the days of that part (21-30 November): a part
 * counts when it lies inside the value's interval on the side the mod names (START keeps the first day, END the last,
 * MID neither). No other mod is relaxed.
 */
export function timexMatches(want, mod, from, to) {
  if (from === want[0] && to === want[1]) return true;
  if (!from || !to || from < want[0] || to > want[1]) return false;
  if (mod === 'START') return from === want[0];
  if (mod === 'END') return to === want[1];
  if (mod === 'MID') return from > want[0] && to < want[1];
  return false;
}

/** The TEXT of a TimeML file with its TIMEX3 spans (offsets into the returned text) and the creation date. */
export function readTimeml(xml) {
  const dct = /<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*value="(\d{4}-\d{2}-\d{2})/.exec(xml) ??
    /<TIMEX3[^>]*value="(\d{4}-\d{2}-\d{2})[^>]*functionInDocument="CREATION_TIME"/.exec(xml);
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml);
  if (!body) return null;
  let text = '';
  const timexes = [];
  let open = null;
  const re = /<(\/?)([A-Za-z0-9]+)([^>]*)>|([^<]+)/g;
  for (let m; (m = re.exec(body[1]));) {
    if (m[4] !== undefined) { text += unescapeXml(m[4]); continue; }
    if (m[2] !== 'TIMEX3') continue;
    if (!m[1]) {
      const attr = name => (new RegExp(`\\b${name}="([^"]*)"`).exec(m[3]) ?? [])[1] ?? '';
      open = { start: text.length, type: attr('type'), value: attr('value'), mod: attr('mod') };
    } else if (open) {
      timexes.push({ ...open, end: text.length });
      open = null;
    }
  }
  return { published: dct ? dct[1] : null, text, timexes };
}

function tmlFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(e => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return tmlFiles(p);
    return e.name.endsWith('.tml') && !e.name.startsWith('.') ? [p] : [];
  });
}

/** A line of context around [start, end) with the span in brackets, for --misses. */
const aroundSpan = (text, start, end) =>
  `${text.slice(Math.max(0, start - 60), start)}[${text.slice(start, end)}]${text.slice(end, end + 40)}`.replace(/\s+/g, ' ');

/** The part of the TimeML data a file belongs to: the first folder under TBAQ-cleaned (TimeBank, AQUAINT). */
const timemlPart = (base, f) => path.relative(base, f).split(path.sep)[0];

function runTimeml(engine, dir, argv = []) {
  const misses = argv.includes('--misses');
  const onlyPart = argv.includes('--part') ? argv[argv.indexOf('--part') + 1] : null;
  const base = path.join(dir, 'tempeval3', 'TBAQ-cleaned');
  const files = tmlFiles(base).sort().filter(f => !onlyPart || timemlPart(base, f) === onlyPart);
  if (!files.length) return console.log(`TempEval-3 training data: skipped (no .tml under ${base}${onlyPart ? ' in ' + onlyPart : ''})`);
  let tp = 0, gold = 0, pred = 0, resolvable = 0, resolved = 0, strict = 0, neutral = 0;
  const parts = new Map();
  for (const f of files) {
    const before = { tp, gold, pred, resolvable, resolved, strict, neutral };
    const doc = readTimeml(fs.readFileSync(f, 'utf8'));
    if (!doc) continue;
    const head = doc.published ? `---\npublished: ${doc.published}\n---\n` : '';
    const a = engine.analyzeText('timeml.txt', head + doc.text);
    const shift = head.length;
    const found = a.dates.map(d => ({ start: d.start - shift, end: d.end - shift, from: d.from, to: d.to }))
      .filter(d => d.start >= 0);
    const dates = doc.timexes.filter(t => t.type === 'DATE');
    const others = doc.timexes.filter(t => t.type !== 'DATE');
    // A prediction on a TIME, DURATION or SET expression is neither right nor wrong for DATE scoring.
    const scored = found.filter(p => dates.some(g => inter(g, p) > 0) || !others.some(o => inter(o, p) > 0));
    neutral += found.length - scored.length;
    const pairs = matchCount(dates, scored, (g, p) => inter(g, p) > 0);
    tp += pairs.length;
    gold += dates.length;
    pred += scored.length;
    const name = path.basename(f);
    for (const [g, p] of pairs) {
      const want = timexInterval(g.value);
      if (!want) continue;
      resolvable++;
      if (p.from === want[0] && p.to === want[1]) strict++;
      if (timexMatches(want, g.mod, p.from, p.to)) resolved++;
      else if (misses) console.log(`  wrong  ${name} dct ${doc.published}: ${g.value}${g.mod ? ' ' + g.mod : ''} got ${p.from}..${p.to}  ${aroundSpan(doc.text, g.start, g.end)}`);
    }
    if (misses) {
      for (const g of dates) if (!pairs.some(([x]) => x === g)) console.log(`  missed ${name} dct ${doc.published}: ${g.value}  ${aroundSpan(doc.text, g.start, g.end)}`);
      for (const p of scored) if (!pairs.some(([, y]) => y === p)) console.log(`  extra  ${name} dct ${doc.published}: ${p.from}..${p.to}  ${aroundSpan(doc.text, p.start, p.end)}`);
    }
    const now = { tp, gold, pred, resolvable, resolved, strict, neutral };
    const part = parts.get(timemlPart(base, f)) ?? { docs: 0, tp: 0, gold: 0, pred: 0, resolvable: 0, resolved: 0, strict: 0, neutral: 0 };
    part.docs++;
    for (const k of Object.keys(now)) part[k] += now[k] - before[k];
    parts.set(timemlPart(base, f), part);
  }
  const label = onlyPart ?? 'TimeBank + AQUAINT';
  console.log(`TempEval-3 training data (${label}): ${files.length} documents; TIMEX3 type DATE, any overlap`);
  const totals = s => {
    console.log(line('dates found', prf(s.tp, s.gold, s.pred)));
    console.log(`  resolved exactly: ${pct(s.resolvable ? s.resolved / s.resolvable : 1)} % (${s.resolved} of ${s.resolvable} found dates with a calendar value; `
      + `${pct(s.resolvable ? s.strict / s.resolvable : 1)} % with the days of the value alone, mod START/MID/END ignored); ${s.neutral} predictions on TIME/DURATION/SET not scored`);
  };
  totals({ tp, gold, pred, resolvable, resolved, strict, neutral });
  if (argv.includes('--parts')) {
    for (const [name, s] of [...parts].sort()) {
      console.log(` ${name}: ${s.docs} documents`);
      totals(s);
    }
  }
  console.log(`  published: ${PUBLISHED.timeml}`);
}

// ---------------------------------------------------------------- PolNeAR (dev)

/** brat standoff: text-bound spans (possibly discontinuous) and the Attribution events that tie cue and source. */
export function readBrat(ann) {
  const spans = new Map();
  const events = [];
  for (const l of ann.split('\n')) {
    const cols = l.split('\t');
    if (/^T\d/.test(cols[0]) && cols[1]) {
      const [label, ...rest] = cols[1].split(' ');
      const pieces = rest.join(' ').split(';').map(p => p.trim().split(' ').map(Number));
      spans.set(cols[0], { label, start: Math.min(...pieces.map(p => p[0])), end: Math.max(...pieces.map(p => p[1])) });
    } else if (/^E\d/.test(cols[0]) && cols[1]) {
      const args = Object.fromEntries(cols[1].trim().split(' ').map(a => a.split(':')));
      events.push(args);
    }
  }
  return events.filter(e => e.Cue && spans.has(e.Cue)).map(e => ({
    cue: spans.get(e.Cue), source: e.Source ? spans.get(e.Source) ?? null : null,
  }));
}

/** The sentence-like line around a span, trimmed to a window, with the span in [brackets]. */
function around(text, span, width = 110) {
  const from = Math.max(text.lastIndexOf('\n', span.start - 1) + 1, span.start - width);
  const nl = text.indexOf('\n', span.end);
  const to = Math.min(nl < 0 ? text.length : nl, span.end + width);
  const flat = s => s.replace(/\s+/g, ' ');
  return `${flat(text.slice(from, span.start))}[${flat(text.slice(span.start, span.end))}]${flat(text.slice(span.end, to))}`;
}

/**
 * With --errors, every missed gold cue ("miss") and every prediction no gold cue overlaps ("false") is printed as one
 * tab-separated line (kind, document, cue words, context), so error classes can be counted with sort | uniq -c.
 */
function printErrors(stem, text, g, p, hits) {
  const hit = matchCount(g, p, (x, y) => inter(x.cue, y.cue) > 0);
  const goldHit = new Set(hit.map(([x]) => x));
  const predHit = new Set(hit.map(([, y]) => y));
  const word = s => text.slice(s.start, s.end).replace(/\s+/g, ' ').toLowerCase();
  if (hits) for (const [, y] of hit) console.log(`hit\t${stem}\t${word(y.cue)}\t${around(text, y.cue)}`);
  for (const x of g) if (!goldHit.has(x)) console.log(`miss\t${stem}\t${word(x.cue)}\t${around(text, x.cue)}`);
  for (const y of p) if (!predHit.has(y)) console.log(`false\t${stem}\t${word(y.cue)}\t${around(text, y.cue)}`);
}

function runPolnear(engine, dir, argv = []) {
  // --split train scores the training split (a second check that a fixed class generalizes); never the test split.
  const split = argv.includes('--split') && argv[argv.indexOf('--split') + 1] === 'train' ? 'train' : 'dev';
  const errors = argv.includes('--errors');
  const base = path.join(dir, 'polnear', split);
  if (!fs.existsSync(path.join(base, 'text'))) return console.log(`PolNeAR: skipped (no ${path.join(base, 'text')})`);
  const dates = new Map();
  const meta = path.join(dir, 'polnear', 'metadata.tsv');
  if (fs.existsSync(meta)) {
    for (const l of fs.readFileSync(meta, 'utf8').split('\n')) {
      const c = l.split('\t');
      if (c[1] && /^\d{4}-\d{2}-\d{2}$/.test(c[5] ?? '')) dates.set(c[1], c[5]);
    }
  }
  const anns = fs.readdirSync(path.join(base, 'attributions')).filter(f => f.endsWith('.ann')).sort();
  let cueTp = 0, bothTp = 0, gold = 0, pred = 0, docs = 0;
  for (const name of fs.readdirSync(path.join(base, 'text')).filter(f => f.endsWith('.txt')).sort()) {
    const stem = name.replace(/\.txt$/, '');
    // Some articles were annotated twice: the first annotator's file (by name) is the gold.
    const annFile = anns.find(a => a.startsWith(`${stem}_`));
    if (!annFile) continue;
    const text = fs.readFileSync(path.join(base, 'text', name), 'utf8');
    const g = readBrat(fs.readFileSync(path.join(base, 'attributions', annFile), 'utf8'));
    const head = dates.has(stem) ? `---\npublished: ${dates.get(stem)}\n---\n` : '';
    const shift = head.length;
    // PolNeAR also marks cues whose source the text does not name; the engine keeps those apart (`unsourced`).
    const doc = engine.analyzeText('polnear.txt', head + text);
    // A relayed report ("X said, according to CNN") is two attributions in PolNeAR: the relay's own cue counts once.
    const all = [...doc.attributions, ...(doc.unsourced ?? [])];
    const relays = all.flatMap(a => a.relays ?? []).filter(r => !all.some(a => a.cue.start === r.cue.start));
    const p = [...all, ...relays.filter((r, k) => relays.findIndex(x => x.cue.start === r.cue.start) === k)].map(a => ({
      cue: { start: a.cue.start - shift, end: a.cue.end - shift },
      source: { start: a.source.start - shift, end: a.source.end - shift },
    }));
    if (errors) printErrors(stem, text, g, p, argv.includes('--hits'));
    cueTp += matchCount(g, p, (x, y) => inter(x.cue, y.cue) > 0).length;
    bothTp += matchCount(g, p, (x, y) => inter(x.cue, y.cue) > 0 && x.source !== null && inter(x.source, y.source) > 0).length;
    gold += g.length;
    pred += p.length;
    docs++;
  }
  console.log(`PolNeAR ${split}: ${docs} documents; a cue matches on any overlap`);
  console.log(line('cue', prf(cueTp, gold, pred)));
  console.log(line('source + cue', prf(bothTp, gold, pred)));
  console.log(`  published: ${PUBLISHED.polnear}`);
}

// ---------------------------------------------------------------- main

function benchDir(argv) {
  const k = argv.indexOf('--dir');
  if (k >= 0 && argv[k + 1]) return argv[k + 1];
  return process.env.CROSSCHECK_BENCH_DIR ?? null;
}

export function main(argv = process.argv.slice(2)) {
  const dir = benchDir(argv);
  if (!dir) {
    console.log('External benchmarks: no data directory. Set CROSSCHECK_BENCH_DIR or pass --dir <directory> '
      + '(layout: see the header of scripts/eval-external.mjs).');
    return;
  }
  if (!fs.existsSync(dir)) {
    console.error(`External benchmarks: ${dir} does not exist.`);
    process.exitCode = 2;
    return;
  }
  const engine = require(path.join(root, 'dist/engine.js'));
  const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : null;
  const runs = { conll: runConll, timeml: runTimeml, polnear: runPolnear };
  for (const [name, run] of Object.entries(runs)) {
    if (only && only !== name) continue;
    const t0 = Date.now();
    run(engine, dir, argv);
    console.log(`  (${((Date.now() - t0) / 1000).toFixed(1)} s)\n`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
