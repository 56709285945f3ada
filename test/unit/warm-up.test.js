// The server calls warmUp when a report is opened: it must leave every later analysis exactly as a fresh process
// makes it (the sample it analyzes is dropped), and cost nothing the second time. It runs in steps (the language
// model's data, its pipeline, the gazetteer, the name tables' index), so a hover that arrives meanwhile waits for one of them, not for all.
const test = require('node:test');
const assert = require('node:assert');
const { execFileSync } = require('node:child_process');
const path = require('node:path');

const ENGINE = path.join(__dirname, '../../dist/engine.js');
const REPORT = '---\npublished: 2023-11-14\n---\nPolice in Tarnholm said on Monday that 12 people died, according to Reuters.\n';

const analyzeIn = (warm, report = REPORT) => execFileSync(process.execPath, ['-e', `
  const e = require(${JSON.stringify(ENGINE)});
  if (${warm}) { e.warmUp(); e.warmUp(); }
  process.stdout.write(JSON.stringify(e.analyzeText('r.txt', ${JSON.stringify(report)})));
`], { encoding: 'utf8' });

test('warmUp leaves a later analysis as a fresh process makes it', () => {
  const cold = JSON.parse(analyzeIn(false));
  assert.ok(cold.claims.length > 0, 'the report gives a claim');
  assert.deepStrictEqual(JSON.parse(analyzeIn(true)), cold);
});

test('the warm-up stops between the model\'s data, its pipeline, the gazetteer, the name index and each sample run, and runs once', () => {
  const engine = require(ENGINE);
  const steps = engine.warmUpSteps();
  let stops = 0;
  while (!steps.next().done) stops++;
  // The model's data and its pipeline are two steps (each about half of the load): 2 + gazetteer + names + 3 samples.
  assert.ok(stops >= 7, `stops: ${stops}`);
  // Warmed: a second warm-up, stepwise or at once, has nothing left to do.
  assert.strictEqual(engine.warmUpSteps().next().done, true);
  engine.warmUp();
  assert.deepStrictEqual(engine.analyzeText('r.txt', REPORT), JSON.parse(analyzeIn(false)));
});

const PLACED = '---\npublished: 2023-11-14\n---\nFloods near Ternopil and Drohobych killed 12 people on Monday, police said.\n';
test('an analysis asked for while the gazetteer is half decoded finishes it, and the warm-up then goes on unharmed', () => {
  const out = execFileSync(process.execPath, ['-e', `
    const e = require(${JSON.stringify(ENGINE)});
    const steps = e.warmUpSteps();
    for (let i = 0; i < 4; i++) steps.next();
    const during = e.analyzeText('r.txt', ${JSON.stringify(PLACED)});
    let stops = 0;
    while (!steps.next().done) stops++;
    const after = e.analyzeText('r.txt', ${JSON.stringify(PLACED)});
    process.stdout.write(JSON.stringify({ during, after, stops }));
  `], { encoding: 'utf8' });
  const { during, after, stops } = JSON.parse(out);
  const fresh = JSON.parse(analyzeIn(false, PLACED));
  assert.ok(fresh.entities.some(m => m.id.startsWith('place:')), 'the report names a place');
  assert.deepStrictEqual(during, fresh);
  assert.deepStrictEqual(after, fresh);
  // Only the sample runs are left once the analysis has built the tables: the gazetteer and index steps are skipped.
  assert.ok(stops <= 4, `stops after the analysis: ${stops}`);
});
