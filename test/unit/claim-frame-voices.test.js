// Two voices in one report, and when a figure holds when only its statement is dated: invented sentences of the shapes a
// fact-checker wants flagged ("471 were killed, officials said; US intelligence put the toll at 100 to 300"). Each test
// fails on the build before its rule.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');
const { report, findings, claimsOf } = require('./claimReports');


test('a figure dated only by its statement holds as of then: it may count the dead of the days before', () => {
  const text = report('2021-03-12', [
    'Army analysts have concluded that 40 to 90 people probably died in the ferry fire, according to a briefing seen by',
    'the BBC on Thursday.\n\nThe fire broke out on Tuesday off the port of Calais. Port officials have said at least 230',
    'people died in the fire.'].join(' '));
  const list = claimsOf(text);
  const early = list.find(c => c.quantity.text.startsWith('40 to 90'));
  assert.strictEqual(early.detail.timeBasis, 'statement');
  const found = findings(['a.txt', text]);
  assert.strictEqual(found.length, 1, found.map(f => f.message).join('\n'));
  assert.match(found[0].message, /230/);
  assert.strictEqual(found[0].severity, 'possible');
  // Two statements on different days are two counts as of two days: a toll that grew is no contradiction.
  const grew = findings(
    ['a.txt', report('2021-03-12', 'At least 12 people died in the fire, the agency said on Tuesday.')],
    ['b.txt', report('2021-03-12', 'At least 19 people died in the fire, the agency said on Thursday.')]);
  assert.deepStrictEqual(grew.map(f => f.message), []);
});

test('a figure with "originally" after its noun is a value the report says was replaced', () => {
  const list = claimsOf(report('2021-03-12',
    'Analysts counted 40 to 90 dead, far fewer than the nearly 230 deaths originally reported by port officials.'));
  const old = list.find(c => c.quantity.text.includes('230'));
  assert.ok(old && old.detail.superseded, JSON.stringify(old?.detail));
});

test('"against the country\'s official toll of N" is the official voice, and "in 2020 and 2021" dates both years', () => {
  const text = report('2022-05-06', 'Independent researchers estimate that Chile had 90,000 excess deaths in 2020 and 2021, '
    + "against the country's official Covid-19 toll of 39,000 for the same period.");
  const list = claimsOf(text);
  const official = list.find(c => c.quantity.text === '39,000');
  assert.strictEqual(official.source?.id, 'source:official-figures');
  for (const c of list) assert.deepStrictEqual(c.time, { from: '2020-01-01', to: '2021-12-31' }, c.quantity.text);
  const found = findings(['a.txt', text]);
  assert.strictEqual(found.length, 1, found.map(f => f.message).join('\n'));
  assert.strictEqual(found[0].severity, 'clear');
});

test('"the ministry\'s estimate of N" and "the university\'s estimate of M" are two voices in one sentence', () => {
  const found = findings(['a.txt', report('2022-05-06',
    "The ministry's estimate of 12,000 deaths in Peru in 2021 is far below the university's estimate of 30,000 deaths.")]);
  assert.strictEqual(found.length, 1, found.map(f => f.message).join('\n'));
});

test('the world\'s count is no rival of a country\'s, even when the country goes unnamed in the clause', () => {
  const found = findings(
    ['a.txt', report('2022-05-06', 'The virus killed 15 million people worldwide in 2021, the agency said.')],
    ['b.txt', report('2022-05-06', 'The virus killed 4.7 million people in 2021, the agency said.')]);
  assert.deepStrictEqual(found.map(f => f.message), []);
});

test('a figure with no voice of its own speaks for the organization its paragraph named before it', () => {
  const text = report('2023-06-05', [
    'The International Monetary Fund has published its review of Egypt for May. Annual inflation in Egypt rose to 41.2',
    'percent in May.\n\nAn independent group of economists, on the other hand, said annual inflation in Egypt was 96.5 percent',
    'in May.'].join(' '));
  const list = claimsOf(text);
  const imf = list.find(c => c.quantity.text.startsWith('41.2'));
  assert.match(imf.detail.voice ?? '', /^organization:/);
  const found = findings(['a.txt', text]);
  assert.strictEqual(found.length, 1, found.map(f => f.message).join('\n'));
  // With nobody named before it, an unvoiced figure still pairs with no other figure of its own report.
  const none = findings(['a.txt', report('2023-06-05',
    'Annual inflation in Egypt rose to 41.2 percent in May.\n\nAnnual inflation in Egypt was 46.5 percent in May.')]);
  assert.deepStrictEqual(none.map(f => f.message), []);
});

test('a modal governs its own verb, not a past fact in the question it embeds: "will have to explain why turnout was N"', () => {
  const list = claimsOf(report('2016-09-01',
    '"The commission will have to explain why turnout was 97.2 percent in the northern province," the envoy wrote.'));
  const turnout = list.find(c => c.quantity.text.startsWith('97.2'));
  assert.strictEqual(turnout.modality, 'asserted');
  // The question's own modal still governs it.
  const still = claimsOf(report('2016-09-01', 'The board will have to explain how turnout could reach 97.2 percent next year.'));
  assert.notStrictEqual(still.find(c => c.quantity.text.startsWith('97.2')).modality, 'asserted');
});

test('a sentence opening with "so far" counts every clause as of when it is said', () => {
  const list = claimsOf(report('2019-05-10', 'The pier gave way on Wednesday.\n\n'
    + 'So far three people have been confirmed dead, 41 were injured and 12 others are missing.'));
  for (const t of ['41', '12 others']) {
    const c = list.find(x => x.quantity.text === t);
    assert.strictEqual(c.detail.timeBasis, 'published', t);
  }
});

test('"put the number of injured at N": the put verb\'s object says what a bare figure counts, its subject who says it', () => {
  const list = claimsOf(report('2023-06-05',
    'The regional government, however, has put the number of injured in the derailment at 1,340.'));
  const injured = list.find(c => c.quantity.text === '1,340');
  assert.ok(injured, 'a claim for the bare figure');
  assert.strictEqual(injured.measure.key, 'person|wounded');
  assert.match(injured.source?.name ?? '', /government/);
  // A hedge the figure's text leaves out may stand between "at" and the number.
  const crowd = claimsOf(report('2023-06-05', 'City police estimated the number of marchers at closer to 85,000.'));
  assert.strictEqual(crowd.find(c => c.quantity.text.endsWith('85,000'))?.measure.key, 'person|crowd');
  const toll = claimsOf(report('2023-06-05', 'The ministry has put the death toll for the two-year period at about 52,000.'));
  assert.strictEqual(toll.find(c => c.quantity.text === 'about 52,000')?.measure.key, 'person|killed');
  const found = findings(
    ['a.txt', report('2023-06-05', 'The regional government has put the number of injured in the derailment at 1,340.')],
    ['b.txt', report('2023-06-05', 'The railway company said 900 people were injured in the derailment.')]);
  assert.strictEqual(found.length, 1, found.map(f => f.message).join('\n'));
});

test('fatal cases are deaths: "140 cases, nine of them fatal" is a rival of another voice\'s dead', () => {
  const list = claimsOf(report('2009-05-01',
    'The agency said on Thursday that labs had confirmed 140 cases of the virus, and that nine of them were fatal.'));
  assert.strictEqual(list.find(c => c.quantity.text === 'nine')?.measure.key, 'person|killed');
  assert.strictEqual(list.find(c => c.quantity.text.startsWith('140'))?.measure.key, 'case|recorded');
});

test('a counted noun in quotes counts: 1,210 "excess deaths" are deaths, not the households counted before them', () => {
  const list = claimsOf(report('2019-05-10',
    'Researchers surveyed 3,000 households on the island and found evidence of 1,210 "excess deaths" after the storm.'));
  assert.strictEqual(list.find(c => c.quantity.text === '1,210')?.measure.key, 'person|killed');
});

test('report A holds both voices and report B repeats one: the pair inside A and the pair across are both found, one finding', () => {
  const a = report('2023-10-19', 'Health officials said 512 people were killed in the blast at the depot on Tuesday. '
    + 'Army intelligence analysts estimated that 80 to 200 people were killed in the blast on Tuesday.');
  const b = report('2023-10-19', 'Health officials said 512 people were killed in the blast at the depot on Tuesday.');
  const found = findings(['a.txt', a], ['b.txt', b]);
  // The same two figures in the same frame: one finding (round 18) standing for both pairs.
  assert.strictEqual(found.length, 1);
  assert.deepStrictEqual(engine.locationPairs(found[0]).map(f => [f.a.path, f.b.path].sort().join('>')).sort(), ['a.txt>a.txt', 'a.txt>b.txt']);
});
