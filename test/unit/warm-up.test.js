// The server calls warmUp when a report is opened: it must leave every later analysis exactly as a fresh process
// makes it (the sample it analyzes is dropped), and cost nothing the second time. It runs in steps (the language
// model, the gazetteer, the name tables' index), so a hover that arrives meanwhile waits for one of them, not for all.
const test = require('node:test');
const assert = require('node:assert');
const { execFileSync } = require('node:child_process');
const path = require('node:path');

const ENGINE = path.join(__dirname, '../../dist/engine.js');
const REPORT = '---\npublished: 2023-11-14\n---\nPolice in Tarnholm said on Monday that 12 people died, according to Reuters.\n';

const analyzeIn = warm => execFileSync(process.execPath, ['-e', `
  const e = require(${JSON.stringify(ENGINE)});
  if (${warm}) { e.warmUp(); e.warmUp(); }
  process.stdout.write(JSON.stringify(e.analyzeText('r.txt', ${JSON.stringify(REPORT)})));
`], { encoding: 'utf8' });

test('warmUp leaves a later analysis as a fresh process makes it', () => {
  const cold = JSON.parse(analyzeIn(false));
  assert.ok(cold.claims.length > 0, 'the report gives a claim');
  assert.deepStrictEqual(JSON.parse(analyzeIn(true)), cold);
});

test('the warm-up stops between the model, the gazetteer, the name index and each sample run, and runs once', () => {
  const engine = require(ENGINE);
  const steps = engine.warmUpSteps();
  let stops = 0;
  while (!steps.next().done) stops++;
  assert.ok(stops >= 5, `stops: ${stops}`);
  // Warmed: a second warm-up, stepwise or at once, has nothing left to do.
  assert.strictEqual(engine.warmUpSteps().next().done, true);
  engine.warmUp();
  assert.deepStrictEqual(engine.analyzeText('r.txt', REPORT), JSON.parse(analyzeIn(false)));
});
