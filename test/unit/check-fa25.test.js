// Round 25 (issue 10, precision): false alarms where one side names no place and the other does, by class. Invented
// sentences; each class test fails on the build before this round, and a look-alike that must still pair is tested
// beside it.
const test = require('node:test');
const assert = require('node:assert');
const { findings } = require('./claimReports');

/** A [path, text] pair with a title and a publication date in front matter. */
const titled = (path, title, body) => [path, `---\npublished: 2025-04-08\ntitle: ${title}\n---\n${body}\n`];
const values = (...docs) => findings(...docs).map(f => f.message);

test("a country's unplaced rate is no rival of a region's rate its report sets beside the whole's", () => {
  // The regional report gives the national rate too: its region's rate is a part, the other report's rate the whole.
  const regional = titled('a.txt', 'Kenya inflation eases in March', 'Kenya annual inflation eased to 6.3 per cent in March, '
    + 'the statistics office said on Tuesday. Among the counties, inflation was highest in Nairobi, at 9.8 per cent in March.');
  const national = titled('b.txt', 'Kenya inflation slows', 'Annual inflation slowed to 6.3 per cent in March, the statistics office said on Tuesday.');
  assert.deepStrictEqual(values(regional, national), []);
  const peru = titled('c.txt', 'Peru inflation rises', 'Peru annual inflation rose to 4.1 percent in May, the central bank said on Friday, '
    + 'while prices in Lima rose 5.2 percent in May.');
  const peruAll = titled('d.txt', 'Peru prices climb', 'Annual inflation reached 4.1 percent in May, the central bank said on Friday.');
  assert.deepStrictEqual(values(peru, peruAll), []);
});

test("a place's rate that its report gives alone stays a rival of an unplaced rate (it may stand for the whole)", () => {
  const capital = titled('a.txt', 'Kenya inflation', 'Consumer prices in Nairobi rose 9.8 per cent in March from a year earlier, the statistics office said on Tuesday.');
  const national = titled('b.txt', 'Kenya inflation slows', 'Annual inflation slowed to 6.3 per cent in March, the statistics office said on Tuesday.');
  assert.ok(findings(capital, national).length >= 1, JSON.stringify(values(capital, national)));
});

test('an unplaced count of a larger area is still a rival of a placed count (counts add up: the part may exceed the whole)', () => {
  const regional = titled('a.txt', 'Floods in Kenya', 'The Red Cross said on Tuesday that 120 people had died in the floods, 95 of them in Nairobi.');
  const national = titled('b.txt', 'Kenya floods', 'The interior ministry said on Tuesday that 60 people had died in the floods.');
  assert.ok(findings(regional, national).length >= 1, JSON.stringify(values(regional, national)));
});

test("an unplaced count of a report whose lead names many places is their total, not a rival of one place's count", () => {
  const lead = 'Listeria outbreak spreads\n\nThe outbreak has now reached Ontario, Quebec, Manitoba and Alberta, health officials said on Monday. ';
  const total = titled('a.txt', 'Listeria outbreak spreads', lead + 'Twelve people have died so far, the agency said on Monday.');
  const one = titled('b.txt', 'Listeria deaths', 'Nine people have died of listeria in Ontario so far, the province said on Monday.');
  assert.deepStrictEqual(values(total, one), []);
  // A place's count above the total of all the places stays a finding (a part larger than its whole).
  const more = titled('c.txt', 'Listeria deaths', 'Fifteen people have died of listeria in Ontario so far, the province said on Monday.');
  assert.ok(findings(total, more).length >= 1, JSON.stringify(values(total, more)));
  // A lead naming the one place only: the unplaced count is that place's, a rival as before.
  const single = titled('d.txt', 'Listeria outbreak spreads', 'The outbreak in Ontario is growing, health officials said on Monday. '
    + 'Twelve people have died so far, the agency said on Monday.');
  assert.ok(findings(single, one).length >= 1, JSON.stringify(values(single, one)));
});

test("a report's own clause giving the whole beside a place's part: another report's unplaced whole is no rival of the part", () => {
  const parts = titled('a.txt', 'Vaccination drive', 'Since May 2, the health ministry has vaccinated 61,240 people, of whom 40,115 were vaccinated in Ontario.');
  const whole = titled('b.txt', 'Vaccination drive', 'Since May 2, the health ministry has vaccinated 61,240 people, it said on Monday.');
  assert.deepStrictEqual(values(parts, whole), []);
  // Another value than the clause's own whole stays a rival of the unplaced figure.
  const other = titled('c.txt', 'Vaccination drive', 'Since May 2, the health ministry has vaccinated 75,000 people, it said on Monday.');
  assert.ok(values(parts, other).some(m => /61,240|75,000/.test(m)), JSON.stringify(values(parts, other)));
});
