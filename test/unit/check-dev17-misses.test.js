// Missed contradictions, round 23 (check-dev17). The measure of a crowd: a figure glossed in parentheses before its verb
// ("Thousands of people (between 20,000 and 30,000, police said) had gathered") hid the verb from both figures, and a
// gathering named after "-strong" ("a 40,000-strong march") was counted as marches, not as the people in it. A party's
// own claimed seats against the official count: "should have won 71 seats" was read as a forecast, a holder named with
// its acronym ("Farmers Democratic Front (FDF)") was keyed by its last word, and a yearless date took the year of a
// party's founding ("formed in 2019") or of a bound ("since the 2009 constitution") as the story's year.
// Invented sentences; each test fails on the build before this round's change.
const test = require('node:test');
const assert = require('node:assert');
const { report, findings, claimsOf } = require('./claimReports');

const claims = (text, published = '2025-06-10') => claimsOf(report(published, text));
const keyOf = (text, value, published) => claims(text, published).find(c => c.value === value || c.low === value || c.high === value)?.measure.key;
const found = (a, b, pa = '2025-06-10', pb = '2025-06-10') => findings(['a.txt', report(pa, a)], ['b.txt', report(pb, b)]);

test('a figure glossed in parentheses before the verb, and the gloss, count what the verb tells of', () => {
  const a = 'Thousands of people (between 20,000 and 30,000 according to the police) had gathered in Tarvel on Sunday to demand new elections.';
  assert.strictEqual(keyOf(a, 20000), 'person|crowd');
  // "Thousands" (the host figure) as well as the gloss.
  assert.strictEqual(keyOf(a, 2000), 'person|crowd');
  const b = 'More than 90,000 protesters gathered in Tarvel on Sunday to demand new elections.';
  assert.strictEqual(found(a, b).length, 1);
  // Look-alikes: a parenthesis followed by no verb, or by a verb of speech, gives the figure no crowd.
  assert.strictEqual(keyOf('Thousands of people (between 20,000 and 30,000 according to the police) in Tarvel on Sunday.', 20000), 'person|unspecified');
  assert.strictEqual(keyOf('About 300 people (mostly students) said they would vote for the mayor of Tarvel.', 300), 'person|unspecified');
});

test('an "N-strong" gathering counts the people of its crowd', () => {
  const a = 'What grew into a 40,000-strong march set off from the station in Lorvik on Saturday.';
  assert.strictEqual(keyOf(a, 40000), 'person|crowd');
  assert.strictEqual(keyOf('A 7,000-strong rally filled the square in Lorvik on Saturday.', 7000), 'person|crowd');
  const b = 'More than 100,000 demonstrators marched in Lorvik on Saturday, organisers said.';
  assert.strictEqual(found(a, b).length, 1);
  // Look-alikes: a body of another kind keeps its own count, and gatherings counted by number stay gatherings.
  assert.notStrictEqual(keyOf('The 19,500-strong workforce at the plant in Lorvik was told on Saturday.', 19500), 'person|crowd');
  assert.notStrictEqual(keyOf('Police counted 40 rallies across the country on Saturday.', 40), 'person|crowd');
});

test('a party\'s claim of the seats it should have won is its asserted rival count', () => {
  const claim = 'Opposition leader Ana Vidal claimed that her party should have won 71 seats to the ruling party\'s 64.';
  assert.strictEqual(claims(claim).find(c => c.value === 71)?.modality, 'asserted');
  const a = 'The opposition Farmers Democratic Front (FDF) filed complaints on Monday. FDF leader Ana Vidal claimed that the FDF should have won 71 seats in the June 1 election.';
  const b = 'The election commission said the opposition Farmers Democratic Front (FDF) won 45 seats in the June 1 election.';
  assert.strictEqual(found(a, b).length, 1);
  // Look-alike: seats a party should win are still a forecast.
  assert.strictEqual(claims('Opposition leader Ana Vidal said that her party should win 71 seats.').find(c => c.value === 71)?.modality, 'forecast');
});

test('a holder named with its acronym in parentheses is keyed by the acronym', () => {
  const a = 'The commission confirmed the results at 80 seats for the ruling Unity Party to 45 for the opposition Farmers Democratic Front (FDF).';
  const held = claims(a);
  assert.strictEqual(held.find(c => c.value === 45)?.detail?.holder, 'holder:fdf');
  // Look-alike: a name with no acronym after it keeps its last word.
  assert.strictEqual(held.find(c => c.value === 80)?.detail?.holder, 'holder:unity');
});

test('a year of founding or after "since the" is no year for a yearless date', () => {
  const head = 'title: Vote\n\nThe 2021 parliamentary elections in Norland were confirmed by the commission on June 3, with a long list of details.\n\n';
  const founded = claims(`${head}The opposition FDF, formed in 2019 from two smaller groups, filed 14 complaints after the elections held on May 16th.\n`, '');
  assert.strictEqual(founded.find(c => c.value === 14)?.time.from, '2021-05-16');
  const since = claims(`${head}The opposition FDF filed 14 complaints after the elections held on May 16th. Since the 2009 constitution was drawn up, turnout has fallen.\n`, '');
  assert.strictEqual(since.find(c => c.value === 14)?.time.from, '2021-05-16');
  // Look-alike: a year the story is set in stays its year.
  const set = claims('title: Vote\n\nIn 2019, the opposition FDF filed 14 complaints after the elections held on May 16th.\n', '');
  assert.ok(set.find(c => c.value === 14)?.time.from?.startsWith('2019-'));
});

test('a building\'s floors count in words as in digits, in either spelling', () => {
  const a = 'The blaze started in a warehouse on the ground floor of the nine-storey building in Chittagong on Friday.';
  assert.strictEqual(keyOf(a, 9), 'story|measured');
  const b = 'Fire fighters said the blaze gutted the 11-story building in Chittagong on Friday.';
  assert.strictEqual(keyOf(b, 11), 'story|measured');
  assert.strictEqual(found(a, b).length, 1);
  // Look-alike: a number word glued to another noun stays an adjective, no figure.
  assert.strictEqual(claims('The minister began a three-day visit to Chittagong on Friday.').length, 0);
});
