// Why gold pairs do not meet: for every gold finding of a check set that no finding joins, the claims the engine built
// for each quote (those whose figure lies in the quoted span) and the first part of the frame that keeps them apart, in
// a fixed order: no claim, unit, counted thing, measure, holder, place, reference time, modality, part/whole or change,
// same source, compared but compatible, other. Used by `node scripts/eval-check.mjs --why [--why-items]`; reads the
// claims through the engine's public exports only (analyzeCorpus, prepare, explainPair).
import fs from 'node:fs';
import path from 'node:path';
import { quoteSentences, storiesOf } from './eval-check.mjs';

/** The causes a miss is counted under, in the order they are tried; explainPair's parts map onto them. */
export const CAUSES = [
  'no claim: figure not recognized', 'no claim: figure not a claim', 'unit', 'counted thing', 'measure', 'holder', 'place',
  'time: unresolved', 'time: different', 'modality', 'part/whole or change', 'same source', 'compatible (values overlap)',
  'time: never offered', 'other',
];

const PART_CAUSE = {
  unit: 'unit', thing: 'counted thing', measure: 'measure', holder: 'holder', place: 'place', modality: 'modality',
  change: 'part/whole or change', source: 'same source', compatible: 'compatible (values overlap)', other: 'other',
};

const isReport = f => f.endsWith('.txt') || f.endsWith('.md');
const overlaps = (r, s) => r.start < s.end && s.start < r.end;

/** Every occurrence of a quote in a report's text, as spans. */
function quoteSpans(text, quote) {
  const out = [];
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) out.push({ start: i, end: i + quote.length });
  return out;
}

/** The cause of one explainPair answer (its first part); time is told apart by whether a side's date is unresolved. */
function causeOf(why) {
  const first = why[0];
  if (first.part !== 'time') return PART_CAUSE[first.part];
  return /unresolved|\(none\)|-\.\.-/.test(first.detail) ? 'time: unresolved' : 'time: different';
}

/** A side of a gold pair: its claims (figure inside the quote), or why there is none. */
function sideOf(doc, text, quote) {
  const spans = quoteSpans(text, quote);
  const claims = doc ? doc.claims.filter(c => spans.some(s => overlaps(c.quantity, s))) : [];
  if (claims.length) return { claims };
  const recognized = doc && doc.quantities.some(q => spans.some(s => overlaps(q, s)));
  return { claims, none: recognized ? 'no claim: figure not a claim' : 'no claim: figure not recognized' };
}

/** A claim's frame in one line, for the items. */
function frameText(engine, c, text) {
  const d = c.detail ?? {};
  const time = d.timeBasis === 'unresolved' ? `${d.timeText}` : `${c.time.from ?? '-'}..${c.time.to ?? '-'}`;
  return `«${text.slice(c.quantity.start, c.quantity.end)}» ${c.measure.key} [${c.scope.join(' ')}]${d.holder ? ` holder=${d.holder}` : ''}`
    + ` ${time} (${d.timeBasis ?? 'none'}) ${c.modality} src=${c.source?.name ?? d.voice ?? '-'}`;
}

/**
 * Whether the matcher's candidate step offers two claims to each other (matchingClaims lists y among x's matches): a
 * pair the frame would join is still never judged when its time buckets keep it apart (an undated figure whose dated
 * rivals spread over days, rounds 40 and 43; a year and a day in buckets not joined), and "other" hid that class.
 */
function offeredTogether(engine, documents, x, y) {
  return engine.matchingClaims(documents, x.id).some(m => m.claim.id === y.id);
}

/** What keeps a never-offered pair apart, in a few words. */
function neverOffered(x, y) {
  const dated = c => c.time.from !== null && c.time.to !== null;
  return dated(x) && dated(y) ? 'both dated, in time buckets the candidate step does not join'
    : 'an undated side whose dated candidates disagree on when';
}

/** The misses of one story, each with its cause, the deciding pair of claims and every part that keeps them apart. */
export function whyStory(engine, story) {
  const expected = JSON.parse(fs.readFileSync(story.expected, 'utf8'));
  const files = fs.readdirSync(story.folder).filter(isReport).sort();
  const inputs = files.map(f => ({ path: path.join(story.folder, f), text: fs.readFileSync(path.join(story.folder, f), 'utf8') }));
  const result = engine.analyzeCorpus(inputs);
  const docs = new Map(result.documents.map(d => [path.basename(d.path), d]));
  const texts = new Map(inputs.map(i => [path.basename(i.path), i.text]));
  const sentences = new Map(inputs.map(i => [path.basename(i.path), engine.prepare(i.text).prepared]));
  const where = g => quoteSentences(sentences.get(g.file), texts.get(g.file) ?? '', g.quote);
  const hits = (g, ref) => path.basename(ref.path) === g.file && where(g).some(s => overlaps(ref, s));
  // A finding joins a gold pair when any of the pairs it stands for does (its own and those restating it).
  const joins = (g, f) => engine.locationPairs(f).some(l => (hits(g.a, l.a) && hits(g.b, l.b)) || (hits(g.a, l.b) && hits(g.b, l.a)));
  const out = [];
  for (const g of expected.findings ?? []) {
    if (!texts.has(g.a.file) || !texts.has(g.b.file)) continue;
    if (result.contradictions.some(f => joins(g, f))) continue;
    const a = sideOf(docs.get(g.a.file), texts.get(g.a.file), g.a.quote);
    const b = sideOf(docs.get(g.b.file), texts.get(g.b.file), g.b.quote);
    const item = { story: story.name, gold: g, a, b };
    if (a.none || b.none) {
      out.push({ ...item, cause: a.none ?? b.none, detail: a.none ? `${g.a.file} "${g.a.quote}"` : `${g.b.file} "${g.b.quote}"`, why: [] });
      continue;
    }
    // The pair of claims that comes nearest to a finding: the latest first obstacle in the fixed order.
    let best = null;
    for (const x of a.claims) {
      for (const y of b.claims) {
        if (x === y) continue;
        const why = engine.explainPair(x, y, result.documents);
        const rank = engine.WHY_PARTS.indexOf(why[0].part);
        if (!best || rank > best.rank) best = { x, y, why, rank };
      }
    }
    if (!best) {
      out.push({ ...item, cause: 'same source', detail: 'both quotes hold the same claim', why: [] });
      continue;
    }
    const cause = causeOf(best.why);
    const offered = cause !== 'other' || offeredTogether(engine, result.documents, best.x, best.y);
    out.push({ ...item, cause: offered ? cause : 'time: never offered', detail: offered ? best.why[0].detail : neverOffered(best.x, best.y), why: best.why, pair: [best.x, best.y],
      frames: [frameText(engine, best.x, texts.get(g.a.file)), frameText(engine, best.y, texts.get(g.b.file))] });
  }
  return out;
}

/**
 * Sets scored by their totals only: held-out sets and the validation set (check-dev5) tell whether a rule generalizes
 * only as long as nobody reads why their pairs are missed. (check-dev7 was the second unseen measure of round 13's
 * helpers' changes, check-dev8 and check-dev9 of rounds 14 and 15; after their final measures they are development
 * sets, and check-dev10 to check-dev13 after rounds 16's to 19's, check-dev14 to check-dev40 after rounds 20's to 46's.)
 */
export const TOTALS_ONLY = /heldout|^check-dev5$/;

/** Misses by cause for each set: counts, clear counts and the stories each cause recurs in. */
export function whyCheck(engine, sets) {
  const out = {};
  for (const set of sets) {
    if (TOTALS_ONLY.test(set)) continue;
    const stories = storiesOf(set);
    if (!stories.length) continue;
    const items = stories.flatMap(s => whyStory(engine, s).map(x => ({ ...x, set })));
    const table = new Map(CAUSES.map(c => [c, { n: 0, clear: 0, stories: new Set() }]));
    for (const x of items) {
      const row = table.get(x.cause);
      row.n++;
      if (x.gold.severity === 'clear') row.clear++;
      row.stories.add(x.story);
    }
    out[set] = { items, table };
  }
  return out;
}

/**
 * Misses by cause pooled over the totals-only sets given (held-out and validation): one count per cause for all of them
 * together, no story, set or item, so the table says which part of the frame fails on unseen news without saying where.
 */
export function pooledWhy(engine, sets) {
  const table = new Map(CAUSES.map(c => [c, { n: 0, clear: 0 }]));
  let missed = 0;
  for (const set of sets.filter(s => TOTALS_ONLY.test(s))) {
    for (const story of storiesOf(set)) {
      for (const x of whyStory(engine, story)) {
        const row = table.get(x.cause);
        row.n++;
        if (x.gold.severity === 'clear') row.clear++;
        missed++;
      }
    }
  }
  return { table, missed };
}

/** The count table by cause per set, then the sets together; with `items`, every miss with its frames. */
export function printWhy(results, { items = false } = {}) {
  const sets = Object.keys(results);
  console.log('\n== why gold pairs do not meet (misses by first cause; n / clear / stories)');
  console.log(`${'cause'.padEnd(30)}${sets.map(s => s.padStart(16)).join('')}${'all'.padStart(12)}  sets`);
  for (const cause of CAUSES) {
    let n = 0;
    let clear = 0;
    let stories = 0;
    let inSets = 0;
    const cells = sets.map(s => {
      const r = results[s].table.get(cause);
      n += r.n;
      clear += r.clear;
      stories += r.stories.size;
      if (r.n) inSets++;
      return (r.n ? `${r.n}/${r.clear}/${r.stories.size}` : '-').padStart(16);
    });
    if (!n) continue;
    console.log(`${cause.padEnd(30)}${cells.join('')}${`${n}/${clear}/${stories}`.padStart(12)}  ${inSets}`);
  }
  const totals = sets.map(s => String(results[s].items.length).padStart(16)).join('');
  console.log(`${'missed'.padEnd(30)}${totals}`);
  if (!items) return;
  for (const set of sets) {
    for (const x of results[set].items) {
      const g = x.gold;
      console.log(`\n${set}/${x.story} [${g.severity}] ${g.a.file} "${g.a.quote}" vs ${g.b.file} "${g.b.quote}"`);
      console.log(`  cause: ${x.cause}: ${x.detail}`);
      if (g.why) console.log(`  gold: ${g.why}`);
      if (x.frames) console.log(`  a: ${x.frames[0]}\n  b: ${x.frames[1]}`);
      for (const w of x.why.slice(1)) console.log(`  also: ${w.part}: ${w.detail}`);
    }
  }
}
