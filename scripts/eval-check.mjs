// Scores the cross-source check on the report sets: each story folder holds reports and an expected.json with the
// findings a careful reader marks and the traps (look-alike pairs) that must not be flagged. A gold pair is found when a
// finding joins the two sentences that hold its quotes. Importable (evalCheck) and runnable: `node scripts/eval-check.mjs
// [--json] [--misses] [--false-alarms] [--why] [--why-items] [--fa-why] [--fa-why-items] [--totals] [--sets a,b]`. --false-alarms
// prints each finding that joins no gold pair with both sides' sentences and claim frames, for grouping false alarms by
// cause; --sets scores only the sets named; --why counts the missed gold pairs by the first part of the frame that keeps
// them apart, --why-items lists them (eval-check-why.mjs; never for held-out or validation sets); --fa-why counts false
// alarms and flagged traps by the frame part that should have kept them apart, --fa-why-items lists them
// (eval-check-fa.mjs). --pooled-why counts the misses and false alarms of the held-out and validation sets by cause,
// pooled over all of them (no set, story or item), which docs/heldout.md allows to publish. --totals prints one row
// summed over the sets scored and no row per set, so a validation group is read by its totals alone.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { root } from './eval-score.mjs';
import { explainStory, pooledFaWhy, printFaWhy } from './eval-check-fa.mjs';
import { pooledWhy, printWhy, TOTALS_ONLY, whyCheck } from './eval-check-why.mjs';

/** The check sets, in print order; a missing folder is skipped. */
export const CHECK_SETS = ['check', 'check-dev', 'check-dev2', 'check-dev3', 'check-dev4', 'check-dev5', 'check-dev6', 'check-dev7', 'check-heldout', 'check-heldout4', 'check-heldout5', 'check-heldout6', 'check-heldout7', 'check-dev8', 'check-dev9', 'check-dev10', 'check-dev11', 'check-dev12', 'check-dev13', 'check-dev14', 'check-dev15', 'check-dev16', 'check-dev17', 'check-dev18', 'check-dev19', 'check-dev20', 'check-dev21', 'check-dev22', 'check-dev23', 'check-dev24', 'check-dev25', 'check-dev26', 'check-dev27', 'check-dev28', 'check-dev29', 'check-dev30', 'check-dev31', 'check-dev32', 'check-dev33', 'check-dev34', 'check-dev35', 'check-dev36', 'check-dev37', 'check-dev38', 'check-dev39', 'check-dev40'];

const isReport = f => f.endsWith('.txt') || f.endsWith('.md');

/** Story folders of a set, each with its report files and expectations; the seeds join the `check` set. */
export function storiesOf(set) {
  const dir = path.join(root, 'test/fixtures', set);
  if (!fs.existsSync(dir)) return [];
  const out = [];
  for (const name of fs.readdirSync(dir).sort()) {
    const folder = path.join(dir, name);
    if (!fs.statSync(folder).isDirectory() || !fs.existsSync(path.join(folder, 'expected.json'))) continue;
    out.push({ name, folder, expected: path.join(folder, 'expected.json') });
  }
  if (set === 'check' && fs.existsSync(path.join(dir, 'seeds.expected.json'))) {
    out.unshift({ name: 'seeds', folder: path.join(root, 'seeds'), expected: path.join(dir, 'seeds.expected.json') });
  }
  return out;
}

/** The sentence ranges that hold a quote (every occurrence), from the engine's own sentence split. */
export function quoteSentences(prepared, text, quote) {
  const out = [];
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
    const s = prepared.sentences.find(x => x.start <= i && i < x.end);
    out.push(s ? { start: s.start, end: s.end } : { start: i, end: i + quote.length });
  }
  return out;
}

const overlaps = (r, s) => r.start < s.end && s.start < r.end;

function scoreStory(engine, story, opts = {}) {
  const expected = JSON.parse(fs.readFileSync(story.expected, 'utf8'));
  const files = fs.readdirSync(story.folder).filter(isReport).sort();
  const inputs = files.map(f => ({ path: path.join(story.folder, f), text: fs.readFileSync(path.join(story.folder, f), 'utf8') }));
  const result = engine.analyzeCorpus(inputs);
  const byFile = new Map(inputs.map(i => [path.basename(i.path), { ...i, prepared: engine.prepare(i.text).prepared }]));
  const problems = [];
  const side = g => {
    const f = byFile.get(g.file);
    const where = f ? quoteSentences(f.prepared, f.text, g.quote) : [];
    if (!where.length) problems.push(`${story.name}: quote "${g.quote}" not found in ${g.file}`);
    return { file: g.file, quote: g.quote, where };
  };
  const hits = (g, ref) => path.basename(ref.path) === g.file && g.where.some(s => overlaps(ref, s));
  // A finding stands for its own pair of claims and the pairs restating it (the same two figures stated again in the
  // same two reports): it joins a gold pair when any of them does, and counts once.
  const joins = (pair, f) => engine.locationPairs(f).some(l => (hits(pair.a, l.a) && hits(pair.b, l.b)) || (hits(pair.a, l.b) && hits(pair.b, l.a)));
  const gold = (expected.findings ?? []).map(x => ({ ...x, a: side(x.a), b: side(x.b) }));
  const traps = (expected.traps ?? []).map(x => ({ ...x, a: side(x.a), b: side(x.b) }));
  const found = result.contradictions;
  const claimsById = new Map(result.documents.flatMap(d => d.claims).map(c => [c.id, c]));
  const sideText = ref => {
    const f = byFile.get(path.basename(ref.path));
    const c = claimsById.get(ref.claim);
    const sentence = f?.prepared.sentences.find(x => x.start <= ref.start && ref.start < x.end);
    const text = (sentence ? f.text.slice(sentence.start, sentence.end) : '').replace(/\s+/g, ' ').trim();
    const frame = c ? `${c.measure.key} [${c.scope.join(' ')}] ${c.time.from ?? '-'}..${c.time.to ?? '-'}`
      + ` src=${c.source?.name ?? '-'}${c.detail?.timeBasis ? ` basis=${c.detail.timeBasis}${c.detail.holder ? ` holder=${c.detail.holder}` : ""}` : ''}` : '';
    const fig = c ? f.text.slice(c.quantity.start, c.quantity.end) : '';
    return `${path.basename(ref.path)} «${fig}» ${frame}\n      ${text}`;
  };
  const s = { findings: gold.length, clear: 0, foundAll: 0, foundClear: 0, severityOk: 0, predicted: found.length, correct: 0,
    traps: traps.length, trapsFlagged: 0, missed: [], falseAlarms: [], falseAlarmSides: [], flaggedTraps: [], problems };
  for (const g of gold) {
    if (g.severity === 'clear') s.clear++;
    const f = found.find(x => joins(g, x));
    if (!f) { s.missed.push(`${g.a.file} "${g.a.quote ?? ''}" vs ${g.b.file}: ${g.why ?? ''}`); continue; }
    s.foundAll++;
    if (g.severity === 'clear') s.foundClear++;
    if (f.severity === g.severity) s.severityOk++;
  }
  for (const f of found) {
    if (gold.some(g => joins(g, f))) s.correct++;
    else {
      s.falseAlarms.push(`${f.severity}: ${f.message}`);
      s.falseAlarmSides.push(`${f.severity}: ${f.message}\n    a: ${sideText(f.a)}\n    b: ${sideText(f.b)}`);
    }
  }
  const trapFindings = [];
  traps.forEach((t, i) => {
    const f = found.find(x => joins(t, x));
    if (f) { s.trapsFlagged++; s.flaggedTraps.push(`${expected.traps[i].why ?? ''}: ${f.message}`); trapFindings.push(f); }
  });
  if (opts.faWhy) {
    const docs = new Map(result.documents.map(d => [path.basename(d.path), { ...byFile.get(path.basename(d.path)), claims: d.claims }]));
    s.faWhy = explainStory({ docs, gold: expected.findings ?? [], falseAlarms: found.filter(f => !gold.some(g => joins(g, f))), flaggedTraps: trapFindings });
  }
  return s;
}

const SUMS = ['findings', 'clear', 'foundAll', 'foundClear', 'severityOk', 'predicted', 'correct', 'traps', 'trapsFlagged'];

/** Scores every set present; returns per-set totals with per-story details. */
export function evalCheck(engine, sets = CHECK_SETS, opts = {}) {
  const out = {};
  for (const set of sets) {
    const stories = storiesOf(set);
    if (!stories.length) continue;
    const total = Object.fromEntries(SUMS.map(k => [k, 0]));
    const perStory = {};
    for (const story of stories) {
      const s = scoreStory(engine, story, opts);
      perStory[story.name] = s;
      for (const k of SUMS) total[k] += s[k];
    }
    out[set] = { ...total, ...rates(total), stories: perStory };
  }
  return out;
}

const ratio = (a, b) => (b ? a / b : null);

export function rates(t) {
  return {
    recallClear: ratio(t.foundClear, t.clear),
    recallAll: ratio(t.foundAll, t.findings),
    precision: ratio(t.correct, t.predicted),
    trapsFlaggedShare: ratio(t.trapsFlagged, t.traps),
  };
}

const pct = x => (x === null ? '   n/a' : (100 * x).toFixed(1).padStart(6));

/** The sets' counts summed, with their rates: one row standing for a group of sets. */
export function pooledTotals(results) {
  const total = Object.fromEntries(SUMS.map(k => [k, 0]));
  for (const r of Object.values(results)) for (const k of SUMS) total[k] += r[k];
  return { ...total, ...rates(total) };
}

/** The table `npm run eval` prints; with `totals`, one summed row in place of the rows per set. */
export function printCheck(results, { misses = false, falseAlarms = false, totals = false } = {}) {
  console.log('\n== cross-source check (contradictions)');
  console.log(`${'set'.padEnd(16)}${'R clear%'.padStart(9)}${'R all%'.padStart(8)}${'P%'.padStart(7)}${'traps%'.padStart(8)}   found/gold  correct/pred  traps flagged`);
  const rows = totals ? { [`${Object.keys(results).length} sets`]: pooledTotals(results) } : results;
  for (const [set, r] of Object.entries(rows)) {
    console.log(`${set.padEnd(16)}${pct(r.recallClear).padStart(9)}${pct(r.recallAll).padStart(8)}${pct(r.precision).padStart(7)}`
      + `${pct(r.trapsFlaggedShare).padStart(8)}   ${`${r.foundAll}/${r.findings}`.padStart(10)}  ${`${r.correct}/${r.predicted}`.padStart(12)}`
      + `  ${r.trapsFlagged}/${r.traps}`);
  }
  if (totals || (!misses && !falseAlarms)) return;
  for (const [set, r] of Object.entries(results)) {
    for (const [name, s] of Object.entries(r.stories)) {
      const lines = [...s.problems.map(x => `  ! ${x}`), ...s.missed.map(x => `  missed: ${x}`),
        ...(falseAlarms ? s.falseAlarmSides : s.falseAlarms).map(x => `  false alarm: ${x}`), ...s.flaggedTraps.map(x => `  trap flagged: ${x}`)];
      if (lines.length) console.log(`\n${set}/${name}\n${lines.join('\n')}`);
    }
  }
}

/** The options this script reads; anything else (a typo, `--help`) prints them and scores nothing, so a mistyped run
 * never prints the held-out sets' totals by accident. */
const OPTIONS = ['--json', '--misses', '--false-alarms', '--why', '--why-items', '--fa-why', '--fa-why-items', '--pooled-why', '--totals', '--sets'];

function usageUnlessKnown(argv) {
  const setsAt = argv.indexOf('--sets');
  const unknown = argv.filter((a, i) => !OPTIONS.includes(a) && !(setsAt >= 0 && i === setsAt + 1));
  if (!unknown.length && !(setsAt >= 0 && !argv[setsAt + 1])) return false;
  console.log(`usage: node scripts/eval-check.mjs [${OPTIONS.filter(o => o !== '--sets').join('] [')}] [--sets a,b]`);
  if (unknown.some(a => a !== '--help' && a !== '-h')) console.error(`unknown option: ${unknown.join(' ')}`);
  return true;
}

if (import.meta.url === `file://${process.argv[1]}` && usageUnlessKnown(process.argv.slice(2))) {
  process.exitCode = 2;
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const require = createRequire(import.meta.url);
  const engine = require(path.join(root, 'dist/engine.js'));
  const setsArg = process.argv.indexOf('--sets');
  const faWhyItems = process.argv.includes('--fa-why-items');
  const pooled = process.argv.includes('--pooled-why');
  const faWhy = faWhyItems || pooled || process.argv.includes('--fa-why');
  const results = evalCheck(engine, setsArg > 0 ? process.argv[setsArg + 1].split(',') : CHECK_SETS, { faWhy });
  if (process.argv.includes('--json')) {
    const perSet = Object.fromEntries(Object.entries(results).map(([k, v]) => {
      const { stories, ...rest } = v;
      return [k, rest];
    }));
    console.log(JSON.stringify(process.argv.includes('--totals') ? pooledTotals(results) : perSet, null, 2));
  } else {
    printCheck(results, { misses: process.argv.includes('--misses'), falseAlarms: process.argv.includes('--false-alarms'),
      totals: process.argv.includes('--totals') });
    if (faWhyItems || process.argv.includes('--fa-why')) printFaWhy(results, { items: faWhyItems });
  }
  const whyItems = process.argv.includes('--why-items');
  if (whyItems || process.argv.includes('--why')) {
    printWhy(whyCheck(engine, Object.keys(results)), { items: whyItems });
  }
  if (pooled) printPooled(pooledWhy(engine, Object.keys(results)), pooledFaWhy(results), Object.keys(results).filter(s => TOTALS_ONLY.test(s)));
}

/** `--pooled-why`: the held-out and validation sets' misses and false alarms by cause, all sets together, counts only. */
function printPooled(why, fa, sets) {
  console.log(`\n== pooled over ${sets.join(', ') || 'no totals-only set'}: misses by cause (n / clear), counts only`);
  for (const [cause, r] of why.table) if (r.n) console.log(`${cause.padEnd(34)}${String(r.n).padStart(5)} /${String(r.clear).padStart(4)}`);
  console.log(`${'missed'.padEnd(34)}${String(why.missed).padStart(5)}`);
  console.log('\n== pooled: false alarms and flagged traps by cause, counts only');
  for (const [cause, r] of fa) if (r.falseAlarms + r.traps) console.log(`${cause.padEnd(34)}${String(r.falseAlarms).padStart(5)} false alarms${String(r.traps).padStart(4)} traps`);
}
