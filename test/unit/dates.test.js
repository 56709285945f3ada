const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const engine = require('../../dist/engine.js');

const seed = name => fs.readFileSync(path.join(__dirname, '../../seeds', name), 'utf8');

function dates(text, published, nowYear = 2026) {
  const { prepared } = engine.prepare(text);
  const out = engine.recognizeDatesWith(prepared, published, { nowYear });
  for (const d of out) assert.strictEqual(text.slice(d.start, d.end), d.text);
  return out;
}

/** [text, from, to] triples, in order. */
const triples = ds => ds.map(d => [d.text, d.from, d.to]);

function find(ds, text, nth = 0) {
  const hits = ds.filter(d => d.text === text);
  assert.ok(hits[nth], `no date "${text}" in ${JSON.stringify(ds.map(d => d.text))}`);
  return [hits[nth].from, hits[nth].to];
}

test('seed 000: stated publication date, past week, before the summer', () => {
  const ds = dates(seed('000_190a39e8fc4a33b5.txt'), '2025-01-31');
  assert.deepStrictEqual(find(ds, 'Friday, 31 January 2025'), ['2025-01-31', '2025-01-31']);
  assert.deepStrictEqual(find(ds, 'the past week'), ['2025-01-24', '2025-01-31']);
  assert.deepStrictEqual(find(ds, '24 January'), ['2025-01-24', '2025-01-24']);
  // Vague stretches are marked but not placed; "before the summer" is the coming summer itself.
  assert.deepStrictEqual(find(ds, 'recent weeks'), [null, null]);
  assert.deepStrictEqual(find(ds, 'previous weeks'), [null, null]);
  assert.deepStrictEqual(find(ds, 'the summer'), ['2025-06-01', '2025-08-31']);
  assert.deepStrictEqual(find(ds, 'January 2025'), ['2025-01-01', '2025-01-31']);
});

test('seed 001: no publication date: relative dates are recognized but unresolved; counters are not dates', () => {
  const ds = dates(seed('001_dd489d155deab575.txt'), null);
  assert.ok(!ds.some(d => /8674|651/.test(d.text)));
  assert.deepStrictEqual(triples(ds.filter(d => d.text === 'this week')), [['this week', null, null]]);
  assert.ok(ds.some(d => d.text === 'the summer'));
  assert.ok(!ds.some(d => d.text === 'the coming days'), 'too loose to mark');
  assert.ok(!ds.some(d => /may/i.test(d.text)), '"may send" is a modal verb');
});

test('seed 002: relative dates against 2025-01-11', () => {
  const ds = dates(seed('002_f0a05695e7a4488d.txt'), '2025-01-11');
  assert.deepStrictEqual(find(ds, 'Saturday, January 11'), ['2025-01-11', '2025-01-11']);
  assert.deepStrictEqual(find(ds, 'August'), ['2024-08-01', '2024-08-31'], '"since August" is August');
  assert.deepStrictEqual(find(ds, 'last month'), ['2024-12-01', '2024-12-31']);
  assert.deepStrictEqual(find(ds, 'January 5'), ['2025-01-05', '2025-01-05']);
  assert.deepStrictEqual(find(ds, 'January 6'), ['2025-01-06', '2025-01-06']);
  assert.deepStrictEqual(find(ds, 'a year ago'), ['2024-01-11', '2024-01-11']);
  assert.ok(!ds.some(d => /Regiment|8th|400|eight/.test(d.text)));
  assert.ok(!ds.some(d => /march/i.test(d.text)), '"marched forward" is a verb');
});

test('seed 002 without a publication date: the weekday fixes the year', () => {
  const ds = dates(seed('002_f0a05695e7a4488d.txt'), null);
  assert.deepStrictEqual(find(ds, 'Saturday, January 11'), ['2025-01-11', '2025-01-11']);
  assert.deepStrictEqual(find(ds, 'last month'), [null, null]);
});

test('seed 003: no publication date: stated years, the copyright year and anaphora resolve what they can', () => {
  const ds = dates(seed('003_79037f0ed4309734.txt'), null);
  assert.deepStrictEqual(find(ds, 'Sunday'), [null, null]);
  assert.deepStrictEqual(find(ds, 'November'), ['2024-11-01', '2024-11-30']);
  assert.deepStrictEqual(find(ds, '2024'), ['2024-01-01', '2024-12-31']);
  assert.deepStrictEqual(find(ds, 'the previous year'), ['2023-01-01', '2023-12-31']);
  assert.deepStrictEqual(find(ds, 'mid-December'), ['2024-12-11', '2024-12-20']);
  assert.deepStrictEqual(find(ds, 'December'), ['2024-12-01', '2024-12-31']);
  assert.deepStrictEqual(find(ds, 'December 2024'), ['2024-12-01', '2024-12-31']);
  assert.deepStrictEqual(find(ds, 'January 20'), ['2025-01-20', '2025-01-20']);
  assert.deepStrictEqual(find(ds, '2023'), ['2023-01-01', '2023-12-31']);
  assert.deepStrictEqual(find(ds, 'summer'), [null, null], 'attributive: "their surprise summer offensive"');
  assert.ok(!ds.some(d => d.text === 'the start of the year'));
  for (const t of ['last summer', 'The previous evening', 'the past 24 hours', 'the past year', 'recent weeks', 'the last months']) {
    assert.ok(ds.some(d => d.text === t), t);
  }
});

test('seed 003 with a publication date: weekdays, seasons and windows', () => {
  const ds = dates(seed('003_79037f0ed4309734.txt'), '2025-01-05');
  assert.deepStrictEqual(find(ds, 'Sunday'), ['2025-01-05', '2025-01-05']);
  assert.deepStrictEqual(find(ds, 'last summer'), ['2024-06-01', '2024-08-31']);
  assert.deepStrictEqual(find(ds, 'The previous evening'), ['2025-01-04', '2025-01-04']);
  assert.deepStrictEqual(find(ds, 'the past 24 hours'), ['2025-01-04', '2025-01-05']);
  assert.deepStrictEqual(find(ds, 'yesterday'), ['2025-01-04', '2025-01-04']);
});

test('seed 004: "late on January 5" marks "January 5"; month-days without any year stay unresolved', () => {
  const text = seed('004_adff6eb275203194.txt');
  const ds = dates(text, null);
  const late = ds.filter(d => d.text === 'January 5');
  assert.strictEqual(late.length, 2);
  assert.deepStrictEqual([late[1].from, late[1].to], [null, null]);
  assert.ok(ds.some(d => d.text === 'August 6'));
  assert.ok(ds.some(d => d.text === 'November'));
  assert.ok(ds.some(d => d.text === 'January'), 'attributive: "its January attacks"');
  const withPub = dates(text, '2025-01-06');
  assert.deepStrictEqual(find(withPub, 'August 6'), ['2024-08-06', '2024-08-06']);
  assert.deepStrictEqual(find(withPub, 'January 20'), ['2025-01-20', '2025-01-20']);
  assert.deepStrictEqual(find(withPub, 'November'), ['2024-11-01', '2024-11-30']);
});

test('other domains: company results, epidemics, elections', () => {
  const ds = dates(
    'The company reported results on Tuesday, March 4, and expects growth in early 2026. Shares rose 5% last week and ' +
    'fell earlier this month. The epidemic began in late 2023 and peaked mid-2024; cases fell over the past two weeks and ' +
    'three days ago. Voters go to the polls next Sunday, 9 March. Sales during the summer of 2024 beat winter 2023. ' +
    'The board met on Jan. 5 and again 12 Feb 2025. The flood of December 28 was the worst since 1998. As of 2025-03-01, ' +
    '40 were missing. Tonight and tomorrow morning rain is expected.',
    '2025-03-05',
  );
  assert.deepStrictEqual(triples(ds), [
    ['Tuesday, March 4', '2025-03-04', '2025-03-04'],
    ['early 2026', '2026-01-01', '2026-04-30'],
    ['last week', '2025-02-24', '2025-03-02'],
    ['earlier this month', '2025-03-01', '2025-03-31'],
    ['late 2023', '2023-09-01', '2023-12-31'],
    ['mid-2024', '2024-05-01', '2024-08-31'],
    ['the past two weeks', '2025-02-19', '2025-03-05'],
    ['three days ago', '2025-03-02', '2025-03-02'],
    ['next Sunday', '2025-03-09', '2025-03-09'],
    ['9 March', '2025-03-09', '2025-03-09'],
    ['the summer of 2024', '2024-06-01', '2024-08-31'],
    ['winter 2023', '2023-12-01', '2024-02-29'],
    ['Jan. 5', '2025-01-05', '2025-01-05'],
    ['12 Feb 2025', '2025-02-12', '2025-02-12'],
    ['December 28', '2024-12-28', '2024-12-28'],
    ['1998', '1998-01-01', '1998-12-31'],
    ['2025-03-01', '2025-03-01', '2025-03-01'],
    ['Tonight', '2025-03-05', '2025-03-05'],
    ['tomorrow morning', '2025-03-06', '2025-03-06'],
  ]);
});

test('looking ahead: future tense, quarters, the weekend, attributive years', () => {
  const ds = dates('The company will present its plan on Wednesday. Profit rose in the third quarter and in Q2 2023, beating ' +
    'the 2020 figure. More rain is expected through the weekend. Officials met on Monday.', '2024-11-05');
  assert.deepStrictEqual(triples(ds), [
    ['Wednesday', '2024-11-06', '2024-11-06'],
    ['the third quarter', '2024-07-01', '2024-09-30'],
    ['Q2 2023', '2023-04-01', '2023-06-30'],
    ['2020', '2020-01-01', '2020-12-31'],
    ['the weekend', '2024-11-09', '2024-11-10'],
    ['Monday', '2024-11-04', '2024-11-04'],
  ]);
});

test('tense, not the preposition, decides the direction; time-of-day modifiers stay outside the span', () => {
  const ds = dates('Teams had vaccinated 60,000 people by Thursday. Highs are expected on Thursday. ' +
    'Crews registered 900 evacuees by late Monday. The fair runs March 3-5, 2024.', '2025-07-22');
  assert.deepStrictEqual(triples(ds), [
    ['Thursday', '2025-07-17', '2025-07-17'],
    ['Thursday', '2025-07-24', '2025-07-24'],
    ['Monday', '2025-07-21', '2025-07-21'],
    ['March 3-5, 2024', '2024-03-03', '2024-03-05'],
  ]);
});

test('not dates: verbs, modals, counts, ordinals, bare numbers', () => {
  const ds = dates('Troops march on the city. North Korea may send troops. The 8th Regiment had 8674 visitors and 2024 cases. ' +
    'Protesters will March to the square. About 2,000 people and 1999 soldiers. The fall of the city. Prices fall sharply.', '2025-01-01');
  assert.deepStrictEqual(ds, []);
});

// Speed is measured by npm run bench; here adversarial input must finish (the timeout turns a hang into a failure).
test('adversarial inputs finish with dates that point into the text', { timeout: 120_000 }, () => {
  const inputs = ['Aa '.repeat(350_000), '1,'.repeat(500_000), 'a'.repeat(1_000_000), 'January 5, '.repeat(50_000), 'last '.repeat(100_000)];
  for (const text of inputs) {
    const { prepared } = engine.prepare(text);
    for (const d of engine.recognizeDates(prepared, '2025-01-01')) assert.strictEqual(text.slice(d.start, d.end), d.text);
  }
});

test('day ranges resolve to the whole range, day or month first', () => {
  const ds = dates('Measles cases were counted from 2 to 8 March 2025. Polls opened 14–16 April and again between 21 and 23 April. ' +
    'The board met on September 9 and 10; the expo runs June 3 – 5 and 6-8 June. On June 3 and 10 inspectors came. ' +
    'In June 3 to 5 tanks moved.', '2025-05-02');
  assert.deepStrictEqual(triples(ds), [
    ['2 to 8 March 2025', '2025-03-02', '2025-03-08'],
    ['14–16 April', '2025-04-14', '2025-04-16'],
    ['21 and 23 April', '2025-04-21', '2025-04-23'],
    ['September 9 and 10', '2024-09-09', '2024-09-10'],
    ['June 3 – 5', '2025-06-03', '2025-06-05'],
    ['6-8 June', '2025-06-06', '2025-06-08'],
    // Two days a week apart are no range; a count after "to" is no day.
    ['June 3', '2025-06-03', '2025-06-03'],
    ['June 3', '2025-06-03', '2025-06-03'],
  ]);
});

test('a past-tense "over the weekend" is the weekend just gone; forecasts still look ahead', () => {
  // Published on a Tuesday.
  const ds = dates('Rebels shelled two villages over the weekend. Forecasters warned of storms over the weekend. ' +
    'Shops will close over the weekend. The council met at the weekend. Crews worked through the weekend.', '2025-03-11');
  assert.deepStrictEqual(triples(ds), [
    ['the weekend', '2025-03-08', '2025-03-09'],
    ['the weekend', '2025-03-15', '2025-03-16'],
    ['the weekend', '2025-03-15', '2025-03-16'],
    ['the weekend', '2025-03-08', '2025-03-09'],
    ['the weekend', '2025-03-15', '2025-03-16'],
  ]);
  // Published on a Sunday: the weekend in progress.
  assert.deepStrictEqual(find(dates('Voters queued over the weekend.', '2025-03-09'), 'the weekend'), ['2025-03-08', '2025-03-09']);
});

test('a capitalised May is a month, not a modal: earlier months of a past sentence stay in the past', () => {
  const ds = dates('Sales reached 4,000 units in May, up 12% from April and down from March.', '2025-06-20');
  assert.deepStrictEqual(triples(ds), [
    ['May', '2025-05-01', '2025-05-31'],
    ['April', '2025-04-01', '2025-04-30'],
    ['March', '2025-03-01', '2025-03-31'],
  ]);
  // The modal still looks ahead.
  assert.deepStrictEqual(find(dates('Prices may rise again in October.', '2025-06-20'), 'October'), ['2025-10-01', '2025-10-31']);
});

test('weekdays set up "for" a day by an announcing verb look ahead, and a joined weekday follows', () => {
  // Published on a Monday.
  const ds = dates('The port authority declared the terminal closed to shipping traffic for Wednesday and Thursday. ' +
    'Deaths for Saturday and Sunday rose. Police met on Friday and Saturday.', '2025-03-10');
  assert.deepStrictEqual(triples(ds), [
    ['Wednesday', '2025-03-12', '2025-03-12'],
    ['Thursday', '2025-03-13', '2025-03-13'],
    ['Saturday', '2025-03-08', '2025-03-08'],
    ['Sunday', '2025-03-09', '2025-03-09'],
    ['Friday', '2025-03-07', '2025-03-07'],
    ['Saturday', '2025-03-08', '2025-03-08'],
  ]);
});

test('"the day before yesterday", "the day after tomorrow" and "the end of last year" resolve against publication', () => {
  const dates = engine.analyzeText('r.txt', 'Published 2025-03-14\n\nThe day before yesterday it snowed. The day after tomorrow ' +
    'it will rain. At the end of last year prices rose.').dates;
  const at = text => dates.find(d => d.text.toLowerCase() === text);
  assert.deepStrictEqual([at('the day before yesterday')?.from, at('the day before yesterday')?.to], ['2025-03-12', '2025-03-12']);
  assert.strictEqual(at('the day after tomorrow')?.from, '2025-03-16');
  assert.strictEqual(at('the end of last year')?.to, '2024-12-31');
});
