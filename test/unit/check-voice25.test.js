// Whose figure, round 25 (issue 10): a figure set against another in one report takes its own clause's voice, not the
// paragraph's or the quoted speaker's, so the same-voice filter sees two voices. Invented sentences of the shapes found
// by `eval-check.mjs --why-items` (cause "same source"); each finding test fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { claimOf, doc, valuePairs } = require('./claimReports');

const one = body => valuePairs(doc('a.txt', body));
const sourceOf = (body, value) => claimOf(body, value)?.source?.id ?? null;

test('a put verb whose object is a tally reaches a "closer to N" figure past a long object', () => {
  const body = 'Police said almost 600,000 people marched in Oldport on Saturday.\n\nWhile union leaders have put the '
    + 'figure for those taking part closer to 1.5 million, the police count still makes it the largest march in years.';
  assert.strictEqual(sourceOf(body, 1500000), 'source:union-leaders');
  assert.deepStrictEqual(one(body), ['600000/1500000']);
});

test('"instead of the reported N" is a cited figure, not the quoted speaker\'s own estimate', () => {
  const body = '"Instead of the reported growth of 6.2 per cent between 2014 and 2018, actual growth was more likely to '
    + 'have been between 3 per cent and 4 per cent," the economist Jonas Merrow said in his paper.';
  assert.strictEqual(sourceOf(body, 6.2), 'source:cited-figures');
  assert.deepStrictEqual(one(body).length, 1);
});

test('a verb "reported N" stays the subject\'s voice; only "the reported N" is cited', () => {
  const body = 'The ministry reported 40 deaths in Varnland on Monday.';
  assert.notStrictEqual(sourceOf(body, 40), 'source:cited-figures');
});

test('a stated multiple\'s base ("ten times higher than the reported toll of N") is no rival of the figures', () => {
  const body = 'The agency estimated 2.1 million deaths in the region, with 900,000 in Varnland.\n\nThe 900,000 excess '
    + 'deaths were ten times higher than the reported toll of 90,000, the agency said.';
  assert.strictEqual(claimOf(body, 90000)?.detail?.yardstick, true);
  assert.deepStrictEqual(one(body), []);
});

test('a named voice set against the report\'s own figure ("however ... only N") is a second voice', () => {
  const body = 'About 800,000 people marched through Oldport on Saturday.\n\nThe number was released by the city police. '
    + 'The interior ministry, however, says that only 200,000 people took part.';
  assert.deepStrictEqual(one(body), ['200000/800000']);
});

test('parts listed after "however" with no source of their own stay the report\'s one voice', () => {
  const body = 'However, the finding of four cases abroad, three in Varnland and one in Oskia, is worrying.';
  assert.deepStrictEqual(one(body), []);
});

test('a plural subject\'s present "count"/"estimate" names the figure\'s voice ("the hospital records count only N")', () => {
  const body = 'According to the Varnland Relief Institute, around 9,000 people died in the flood. However, the '
    + 'government records count only 4,100 deaths.';
  assert.strictEqual(sourceOf(body, 4100), 'source:government-records');
  assert.deepStrictEqual(one(body), ['4100/9000']);
});

test('"a record N" is no counting verb', () => {
  const body = 'Varnland had a record 900 deaths in the flood.';
  assert.notStrictEqual(sourceOf(body, 900), 'source:varnland');
});

test('a long subject of a tally verb gives its figure the organization standing in it ("but a report by a UN agency ... pegs the figure")', () => {
  const body = '"According to the police files, the number of missing stands at 2,500 but a report prepared by a UN agency '
    + 'along with some charities pegs the figure in excess of 9 thousand," Mr Rao said.';
  assert.strictEqual(sourceOf(body, 9000), 'organization:united-nations');
  assert.deepStrictEqual(one(body), ['2500/9000']);
});

test('a long subject naming no organization or person gives a tally verb\'s figure no voice of its own', () => {
  const body = 'The officials said the slow poison in the water of the old wells raised the toll to 300.';
  assert.notStrictEqual(sourceOf(body, 300)?.startsWith('source:slow'), true);
});
