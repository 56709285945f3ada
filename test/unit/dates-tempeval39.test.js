// Round 39 (tempeval39): a month named without a year after "in" or "during", placed by a verb told in the past
// ("the bakery moved to a new site in December"), is the last such month before publication, however near the coming
// one is. A month a present, future or non-finite verb places stays as it was. Invented sentences.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

/** [text, from, to] of every date in `text`, published on `published`. */
function triples(text, published) {
  const { prepared } = engine.prepare(text);
  return engine.recognizeDatesWith(prepared, published, { nowYear: 2026 }).map(d => [d.text, d.from, d.to]);
}

test('a past verb before "in" + month places the month in the past', () => {
  assert.deepStrictEqual(triples('The ferry operator switched to a cheaper fare table in December.', '2015-10-20'),
    [['December', '2014-12-01', '2014-12-31']]);
  assert.deepStrictEqual(triples('Ticket sales were unusually weak during November, the theatre reported.', '2015-10-20'),
    [['November', '2014-11-01', '2014-11-30']]);
});

test('a month a present or future verb places stays the coming one', () => {
  assert.deepStrictEqual(triples('The theatre said it reopens its upper gallery in December.', '2015-10-20'),
    [['December', '2015-12-01', '2015-12-31']]);
  assert.deepStrictEqual(triples('She added that new rules to be published in November would apply to ferries.', '2015-10-20'),
    [['November', '2015-11-01', '2015-11-30']]);
});

test('a past verb that moves something "to" a month does not place it', () => {
  assert.deepStrictEqual(triples('The council moved the vote on the budget to December.', '2015-10-20'),
    [['December', '2015-12-01', '2015-12-31']]);
});

test('a participle after a determiner is no verb that places the month', () => {
  assert.deepStrictEqual(triples('The bonus would be paid on a yet undisclosed day in December.', '2015-10-20'),
    [['December', '2015-12-01', '2015-12-31']]);
});

test('an irregular participle after an auxiliary is no past tense', () => {
  assert.deepStrictEqual(triples('The refunds will be paid in January, the ferry operator said.', '2015-10-20'),
    [['January', '2016-01-01', '2016-01-31']]);
});

// An irregular participle after "be", "to" or a modal ("will be held", "is to be sent") is no past tense, as a
// regular one after them is not: the weekday it governs lies ahead.
test('"will be held" + weekday looks ahead', () => {
  assert.deepStrictEqual(triples('The regatta will be held on Sunday off the northern pier.', '2015-10-21'),
    [['Sunday', '2015-10-25', '2015-10-25']]);
  assert.deepStrictEqual(triples('The ferry crews are to be paid Friday, the union said.', '2015-10-21'),
    [['Friday', '2015-10-23', '2015-10-23']]);
});

test('an irregular past after a subject stays past', () => {
  assert.deepStrictEqual(triples('The regatta was held on Sunday off the northern pier.', '2015-10-21'),
    [['Sunday', '2015-10-18', '2015-10-18']]);
  assert.deepStrictEqual(triples('The ferry crews had been paid Friday, the union said.', '2015-10-21'),
    [['Friday', '2015-10-16', '2015-10-16']]);
});
