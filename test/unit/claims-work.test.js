// Claim extraction reads each figure's clause by jumping between the words that matter (clause ends, modal, event,
// "now" and "whole" words), so a line of thousands of figures costs each figure a bounded number of token reads.
// The work is counted, not timed: the token array is wrapped in a proxy that counts index reads.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

/** Claims of `text` and how many times claim extraction read a token. */
function countedClaims(text) {
  const { prepared, front } = engine.prepare(text);
  const meta = engine.inferMeta(prepared, front.data, front.error);
  const dates = engine.recognizeDates(prepared, meta.published);
  const quantities = engine.recognizeQuantities(prepared, dates);
  const entities = engine.recognizeEntities(prepared, meta);
  const attributions = engine.recognizeAttributions(prepared, entities);
  let reads = 0;
  const tokens = new Proxy(prepared.tokens, {
    get(target, key) {
      if (typeof key === 'string' && key >= '0' && key <= '9'.repeat(key.length)) reads++;
      return target[key];
    },
  });
  const partial = { path: 'r.txt', published: null, outlet: null, title: null, entities, quantities, dates, attributions, warnings: [] };
  const claims = engine.extractClaims({ ...prepared, tokens }, partial);
  return { claims, reads, tokens: prepared.tokens.length };
}

test('a one-line list of prices costs each token a bounded number of reads, not its whole clause', () => {
  // The verb keeps the line a sentence of claims (a verbless one is a table and gives none: claims-tables.test.js).
  const line = n => `Prices rose to ${'£3bn EUR 7 $ 9 million ¥6 US$ 8 '.repeat(n)}`;
  // The first extraction of a process also reads what later ones find made (about 15 reads per token here, once):
  // a short line first, so the counts below are what each figure costs.
  countedClaims(line(10));
  const { claims, reads, tokens } = countedClaims(line(400));
  assert.ok(claims.length > 1000, `${claims.length} claims`);
  // Scanning each figure's 120-token clause token by token read about 430 tokens per token.
  assert.ok(reads / tokens < 100, `${(reads / tokens).toFixed(1)} reads per token`);
  // Twice the figures on the line, the same reads per token: the cost does not grow with the clause.
  const twice = countedClaims(line(800));
  assert.ok(twice.reads / twice.tokens < 1.05 * (reads / tokens), `${(twice.reads / twice.tokens).toFixed(1)} vs ${(reads / tokens).toFixed(1)} reads per token`);
});

test('jumping between the words that matter finds the same modality, event, time and whole as reading every token', () => {
  const text = [
    'If the river rises, 40 homes could flood, while 12 will be evacuated, but 3 may not be reached.',
    'In all, 80 people have died so far across the province, and 17 are now missing in the region.',
    'The ministry expects 2,000 jobs to be cut; (500 were cut in May) and 300 or 400 more are likely to go.',
  ].join('\n');
  const { claims } = countedClaims(text);
  const byFigure = Object.fromEntries(claims.map(c => [c.quantity.text.split(' ')[0], c]));
  assert.strictEqual(byFigure['40']?.modality, 'conditional');
  assert.strictEqual(byFigure['80']?.measure.event, 'killed');
  assert.strictEqual(byFigure['80']?.detail.whole, true);
  assert.strictEqual(byFigure['17']?.measure.event, 'missing');
  assert.strictEqual(byFigure['2,000']?.modality, 'forecast');
  assert.strictEqual(byFigure['500']?.modality, 'asserted');
  assert.strictEqual(byFigure['400']?.modality, 'possibility');
  assert.strictEqual(byFigure['12']?.measure.event, 'evacuated');
  // Each clause stops at its own boundary: the figure after ';' or '(' is not in the clause before it.
  assert.ok(byFigure['2,000'].end <= text.indexOf(';'));
});

test('a sentence of thousands of percentages reads its words once for all of them, not once per figure', () => {
  // Each percentage's population ("among rural voters") was read by walking its whole sentence, so a sentence of n
  // percentages cost n times its length. Invented line; a verb keeps it a sentence of claims.
  const line = n => `Turnout rose to ${Array.from({ length: n }, (_, i) => `${(i % 80) + 5}% among rural voters`).join(', ')}.`;
  countedClaims(line(10));
  const once = countedClaims(line(400));
  const twice = countedClaims(line(800));
  assert.ok(once.claims.length >= 400, `${once.claims.length} claims`);
  const perToken = x => x.reads / x.tokens;
  assert.ok(perToken(twice) < 1.1 * perToken(once), `${perToken(twice).toFixed(1)} vs ${perToken(once).toFixed(1)} reads per token`);
});
