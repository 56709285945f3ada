// Round 35 (miss35b): a month or a day named with its year after "of" ("in March of last year", "on May 9 of this
// year") takes that year, as it does without "of" ("March last year"). Invented sentences.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

/** [text, from, to] of every date in `text`, published on `published`. */
function triples(text, published) {
  const { prepared } = engine.prepare(text);
  return engine.recognizeDatesWith(prepared, published, { nowYear: 2026 }).map(d => [d.text, d.from, d.to]);
}

test('a month "of last year" is the month of the year before the report\'s', () => {
  assert.deepStrictEqual(triples('Prices peaked in March of last year, the office said.', '2021-06-14'),
    [['March of last year', '2020-03-01', '2020-03-31']]);
  // Without "of" the reading was already so; both spellings give one month.
  assert.deepStrictEqual(triples('Prices peaked in March last year, the office said.', '2021-06-14'),
    [['March last year', '2020-03-01', '2020-03-31']]);
});

test('a day "of this year" or "of next year" takes that year', () => {
  assert.deepStrictEqual(triples('The plant closed on May 9 of this year.', '2021-06-14'),
    [['May 9 of this year', '2021-05-09', '2021-05-09']]);
  assert.deepStrictEqual(triples('The line reopens in February of next year.', '2021-06-14'),
    [['February of next year', '2022-02-01', '2022-02-28']]);
});

test('"of" before another noun is no year of the month ("March of the same deal")', () => {
  const got = triples('Talks stalled in March of the same deal.', '2021-06-14');
  assert.deepStrictEqual(got.map(t => t[0]), ['March']);
});

test('an inflation peak dated "of last year" meets the same month\'s figure in a report of that year', () => {
  const { findings } = require('./claimReports');
  const later = ['a.txt', '---\npublished: 2021-10-08\n---\nAnnual inflation eased after it reached a record 31 per cent in August of last year, the statistics office said.\n'];
  const earlier = ['b.txt', '---\npublished: 2020-09-10\n---\nAnnual inflation rose to 27.5% in August 2020, the statistics office said on Thursday.\n'];
  assert.strictEqual(findings(later, earlier).length, 1);
});

test('"the same month" with a year back ("of the previous year", "last year", "a year earlier") is that month a year before', () => {
  const lead = 'Exports rose 4.2% in July 2021, against 3.9% in ';
  for (const tail of ['the same month of the previous year', 'the same month last year', 'the same month a year earlier',
    'the same month of last year']) {
    assert.deepStrictEqual(triples(`${lead}${tail}.`, '2021-08-20'),
      [['July 2021', '2021-07-01', '2021-07-31'], [tail, '2020-07-01', '2020-07-31']], tail);
  }
  // "the same month of 2019": the named year's month.
  assert.deepStrictEqual(triples(`${lead}the same month of 2019.`, '2021-08-20'),
    [['July 2021', '2021-07-01', '2021-07-31'], ['the same month of 2019', '2019-07-01', '2019-07-31']]);
  // Alone it is still the month just stated.
  assert.deepStrictEqual(triples('Exports rose 4.2% in July 2021, and imports fell in the same month.', '2021-08-20'),
    [['July 2021', '2021-07-01', '2021-07-31'], ['the same month', '2021-07-01', '2021-07-31']]);
});
