#!/usr/bin/env node
// Golden evaluation: runs the built engine on every golden fixture and prints precision / recall / F1 per category,
// per fixture set and overall, then the check's contradiction scores per check set. `npm run eval` builds first. Flags: --json
// (numbers only), --docs (per-document rows), --misses (the check's misses, false alarms and flagged traps),
// --external [--dir <bench>] (the public benchmarks' development splits instead: eval-external.mjs), --development (leave
// the held-out and validation sets out entirely, totals too, for a tuner who should not even see them move), --golden
// (the development sets' golden recognizer rows only, no check set at all: what a tuner compares before and after).
import { createRequire } from 'node:module';
import path from 'node:path';
import { CATEGORIES, evaluate, FIXTURE_SETS, prf, root, summarize } from './eval-score.mjs';
import { CHECK_SETS, evalCheck, printCheck, rates } from './eval-check.mjs';
import { TOTALS_ONLY } from './eval-check-why.mjs';

const require = createRequire(import.meta.url);

if (process.argv.includes('--external')) {
  const { main } = await import('./eval-external.mjs');
  main();
} else {
  golden();
}

function golden() {
  const engine = require(path.join(root, 'dist/engine.js'));
  const goldenOnly = process.argv.includes('--golden');
  const development = goldenOnly || process.argv.includes('--development');
  const result = evaluate((p, text) => engine.analyzeText(p, text), development ? FIXTURE_SETS.filter(s => !/heldout/.test(s)) : FIXTURE_SETS);
  const checkSets = goldenOnly ? [] : development ? CHECK_SETS.filter(s => !TOTALS_ONLY.test(s)) : CHECK_SETS;
  const check = evalCheck(engine, checkSets);

  if (process.argv.includes('--json')) {
    const checkSummary = Object.fromEntries(Object.entries(check).map(([set, r]) => [set, { ...rates(r), found: r.foundAll, gold: r.findings,
      correct: r.correct, predicted: r.predicted, trapsFlagged: r.trapsFlagged, traps: r.traps }]));
    console.log(JSON.stringify({ ...summarize(result), check: checkSummary }, null, 2));
    return;
  }
  const pct = x => (100 * x).toFixed(1).padStart(6);
  const row = (label, c) => {
    const { precision, recall, f1 } = prf(c);
    return `${label.padEnd(22)}${pct(precision)}${pct(recall)}${pct(f1)}   ${String(c.tp).padStart(4)} ${String(c.gold).padStart(5)} ${String(c.pred).padStart(5)}`;
  };
  const sets = [...Object.entries(result.perSet), ['overall', result.overall]];
  for (const [set, s] of sets) {
    console.log(`\n== ${set}`);
    console.log(`${'category'.padEnd(22)}${'P%'.padStart(6)}${'R%'.padStart(6)}${'F1%'.padStart(6)}     tp  gold  pred`);
    for (const c of CATEGORIES) console.log(row(c, s.counts[c]));
    const extra = Object.entries(s.extra).map(([k, v]) => `${k} ${v.ok}/${v.of}`).join(', ');
    console.log(`(not in F1: ${extra}; datesResolved is a recall over gold dates that resolve)`);
  }
  if (process.argv.includes('--docs')) {
    console.log('\n== per document (F1%)');
    console.log(`${'document'.padEnd(34)}${CATEGORIES.map(c => c.slice(0, 9).padStart(10)).join('')}`);
    for (const d of result.docs) {
      console.log(`${`${d.set}/${d.name}`.slice(0, 33).padEnd(34)}${CATEGORIES.map(c => pct(prf(d.counts[c]).f1).padStart(10)).join('')}`);
    }
  }
  if (!goldenOnly) printCheck(check, { misses: process.argv.includes('--misses') });
}
