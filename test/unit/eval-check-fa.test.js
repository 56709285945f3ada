// The false-alarm diagnosis of scripts/eval-check-fa.mjs: each pair gets the first frame part, in a fixed order, that
// should have kept its claims apart. A tiny invented story end to end, then hand-made claims for the single causes.
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const engine = require('../../dist/engine.js');

const load = () => import(path.join(__dirname, '../../scripts/eval-check-fa.mjs'));

function claim(over) {
  const base = {
    id: over.id ?? 'claim:x', path: over.path ?? 'r/a.txt', start: 0, end: over.text?.length ?? 40,
    quantity: { start: 0, end: 6 }, low: 100, high: 100, value: 100, hedge: 'exact',
    measure: { unit: 'person', event: 'killed', key: 'person|killed' }, scope: [], time: { from: '2024-03-02', to: '2024-03-02' },
    modality: 'asserted', source: null, via: [], derived: false,
    detail: { eventWord: 'killed', roles: [], timeBasis: 'explicit', timeText: null, timeLabel: null, sense: null, figure: '' },
  };
  return { ...base, ...over, detail: { ...base.detail, ...(over.detail ?? {}) } };
}

test('a tiny story: the copy of a gold conflict inside one report is counted apart from noise', async () => {
  const { explainStory, FA_CAUSES } = await load();
  const a = { path: 'story/a.txt', text: '---\ntitle: March in Lyon\npublished: 2024-03-03\n---\n\nPolice said 20,000 people marched in Lyon on Saturday against the pension bill. Organizers put the crowd at 90,000.\n' };
  const b = { path: 'story/b.txt', text: '---\ntitle: Lyon march\npublished: 2024-03-03\n---\n\nSome 90,000 people marched in Lyon on Saturday, organizers said. Police counted 20,000 marchers in the city.\n' };
  const result = engine.analyzeCorpus([a, b]);
  const docs = new Map(result.documents.map(d => [path.basename(d.path), { text: d.path === a.path ? a.text : b.text, claims: d.claims }]));
  const gold = [{ a: { file: 'a.txt', quote: '20,000 people' }, b: { file: 'b.txt', quote: 'Some 90,000' } }];
  // Since round 18 the pair inside b restates the a-b finding and is listed in it: taken here as a finding of its own.
  const pairs = result.contradictions.flatMap(f => engine.locationPairs(f).map(p => ({ ...f, a: p.a, b: p.b, restated: undefined })));
  const inB = pairs.filter(f => f.a.path === b.path && f.b.path === b.path);
  assert.equal(inB.length, 1, 'the engine pairs the two voices inside b');
  const items = explainStory({ docs, gold, falseAlarms: inB, flaggedTraps: [] });
  assert.equal(items.length, 1);
  assert.equal(items[0].cause, 'restates a gold conflict');
  assert.ok(FA_CAUSES.includes(items[0].cause));
  assert.match(items[0].a + items[0].b, /90,000/);
  // As a trap (no gold values passed) the same pair is judged by its frames, never as a gold copy.
  const asTrap = explainStory({ docs, gold, falseAlarms: [], flaggedTraps: inB });
  assert.notEqual(asTrap[0].cause, 'restates a gold conflict');
});

test('causes in the fixed order: a misread unit, a qualified count, a place named on one side, a weak date', async () => {
  const { causeOf } = await load();
  const t1 = 'Prices rose 2.4 million in the year.';
  const pct = claim({ text: t1, quantity: { start: 11, end: 22 }, measure: { unit: 'percent', event: 'inflation', key: 'percent|inflation' } });
  const t2 = 'Inflation was 130% in the year.';
  const pct2 = claim({ text: t2, quantity: { start: 14, end: 18 }, measure: { unit: 'percent', event: 'inflation', key: 'percent|inflation' } });
  assert.equal(causeOf(pct, pct2, t1, t2).cause, 'figure misread');

  const t3 = 'There were 4,100 excess deaths in the storm.';
  const t4 = 'The storm killed 120 people in the port.';
  const x = claim({ text: t3, quantity: { start: 11, end: 16 } });
  const y = claim({ text: t4, quantity: { start: 17, end: 20 } });
  assert.equal(causeOf(x, y, t3, t4).cause, 'counted thing differs');

  const t5 = 'The storm killed 120 people in Kenya.';
  const t6 = 'The storm killed 400 people.';
  const p = claim({ text: t5, quantity: { start: 17, end: 20 }, scope: ['country:kenya'], detail: { roles: ['where'] } });
  const q = claim({ text: t6, quantity: { start: 17, end: 20 } });
  const why = causeOf(p, q, t5, t6);
  assert.equal(why.cause, 'place differs');
  assert.equal(why.unknown, true);

  const t7 = 'The storm killed 120 people.';
  const d = claim({ text: t7, quantity: { start: 17, end: 20 }, detail: { timeBasis: 'published' } });
  assert.equal(causeOf(d, q, t7, t6).cause, 'reference time differs');
  const other = claim({ text: t6, path: 'r/b.txt', quantity: { start: 17, end: 20 } });
  assert.equal(causeOf(q, other, t6, t6).cause, 'other');
  assert.equal(causeOf(q, { ...q, id: 'claim:y' }, t6, t6).cause, 'same source restating');
});
