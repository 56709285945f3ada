// Issue 11, round 14 on the TempEval-3 training data: deadlines after "by", the past and the future as such, "the
// week" of the story. Invented sentences of the same shapes; each assertion failed on the build before its rule landed.
const test = require('node:test');
const assert = require('node:assert');
const engine = require(process.env.CROSSCHECK_ENGINE || '../../dist/engine.js');

/** [text, from, to] of every date in `text`, published on `published`. */
function triples(text, published) {
  const { prepared } = engine.prepare(text);
  return engine.recognizeDatesWith(prepared, published, { nowYear: 2026 }).map(d => [d.text, d.from, d.to]);
}

test('"by" in a sentence not told in the past sets a deadline ahead', () => {
  // Published 2023-10-30: last February is eight months back, the next one four months ahead.
  assert.deepStrictEqual(triples('The agency must pay down the debt by February.', '2023-10-30'), [['February', '2024-02-01', '2024-02-29']]);
  // 2023-11-01 is a Wednesday.
  assert.deepStrictEqual(triples('Lawmakers need a decision by Monday.', '2023-11-01'), [['Monday', '2023-11-06', '2023-11-06']]);
  // Told in the past, "by" looks back; opening the sentence it is a stage reached.
  assert.deepStrictEqual(triples('Rescuers had pulled 40 people out by Monday.', '2023-11-01'), [['Monday', '2023-10-30', '2023-10-30']]);
  assert.deepStrictEqual(triples('By Monday, 900 homes are without power.', '2023-11-01'), [['Monday', '2023-10-30', '2023-10-30']]);
});

test('the past and the future as such are marked, unplaced', () => {
  assert.deepStrictEqual(triples('In the past, the ferry ran twice a day.', '2023-05-02'), [['the past', null, null]]);
  assert.deepStrictEqual(triples('The port may reopen in the near future.', '2023-05-02'), [['the near future', null, null]]);
  assert.deepStrictEqual(triples('Farmers are worried about the future.', '2023-05-02'), [['the future', null, null]]);
  assert.deepStrictEqual(triples('Prices will stay high in the short term.', '2023-05-02'), [['the short term', null, null]]);
  // A thing, not a time: "the future of the port", "a talk about the past".
  assert.deepStrictEqual(triples('The mayor spoke about the future of the port and about the past.', '2023-05-02'), []);
});

test('"for the week", "the week\'s" are the week of the date the story is at', () => {
  // 2023-11-03 is a Friday: its week runs Monday 30 October to Sunday 5 November.
  assert.deepStrictEqual(triples('The index fell 2% on Friday. For the week, it lost 4%.', '2023-11-06'),
    [['Friday', '2023-11-03', '2023-11-03'], ['the week', '2023-10-30', '2023-11-05']]);
  assert.deepStrictEqual(triples('Volume on Thursday was the week\'s highest.', '2023-11-06')[1], ['the week', '2023-10-30', '2023-11-05']);
  // Without a date before it, the week is marked but not placed.
  assert.deepStrictEqual(triples('Sales for the week were flat.', '2023-11-06'), [['the week', null, null]]);
});

test('"of the week" in a heading or a title names no week', () => {
  assert.deepStrictEqual(triples('Photos of the week. Rain fell on Monday.', '2023-11-06'), [['Monday', '2023-11-06', '2023-11-06']]);
});

test('a present verb ending in -ed ("need", "proceed") does not tell a sentence in the past', () => {
  // 2023-11-01 is a Wednesday: an end point ahead is Friday 3 November.
  assert.deepStrictEqual(triples('Crews need until Friday to clear the road.', '2023-11-01'), [['Friday', '2023-11-03', '2023-11-03']]);
});

test('"the previous Friday", "the next morning" count from the day the story is at', () => {
  // Published Monday 2023-11-06; the story is at Friday 3 November, four sentences before.
  const text = 'Shares closed lower on Friday. Banks led the fall. Miners held up. Oil was flat. ' +
    'The index ended 2% below the previous Friday.';
  assert.deepStrictEqual(triples(text, '2023-11-06')[1], ['the previous Friday', '2023-10-27', '2023-10-27']);
  assert.deepStrictEqual(triples('The suspect was arrested on Tuesday. He appeared in court the next morning.', '2023-11-09')[1],
    ['the next morning', '2023-11-08', '2023-11-08']);
  // Without a day before it, counted from publication.
  assert.deepStrictEqual(triples('The hearing resumes the next day.', '2023-11-09'), [['the next day', '2023-11-10', '2023-11-10']]);
});

test('a date that opens its sentence looks ahead when the verb after it does', () => {
  // 2023-11-06 is a Monday.
  assert.deepStrictEqual(triples('On Tuesday, the union plans to hold a rally.', '2023-11-06'), [['Tuesday', '2023-11-07', '2023-11-07']]);
  assert.deepStrictEqual(triples('On Thursday, the council will vote on the budget.', '2023-11-06'), [['Thursday', '2023-11-09', '2023-11-09']]);
  // A past verb first, or "plans" as a noun, keeps the day just gone.
  assert.deepStrictEqual(triples('On Thursday, the mayor said the council will vote.', '2023-11-06'), [['Thursday', '2023-11-02', '2023-11-02']]);
  assert.deepStrictEqual(triples('On Friday, when she set aside her plans to travel, the talks resumed.', '2023-11-06'), [['Friday', '2023-11-03', '2023-11-03']]);
});

test('a period in title case right after an opening quote is a name, not a date', () => {
  assert.deepStrictEqual(triples('The minister said on NBC\'s "This Week" that talks would resume.', '2023-11-06'), []);
  assert.deepStrictEqual(triples('The minister said on "Next Year in Review" that talks would resume.', '2023-11-06'), []);
  // A quoted sentence that opens with a period keeps it: "This week we vote."
  assert.deepStrictEqual(triples('"This week we vote," she said.', '2023-11-08'), [['This week', '2023-11-06', '2023-11-12']]);
});
