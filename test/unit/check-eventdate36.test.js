// The year or month of an establishment's opening or closing as an event-time claim (round 36, eventdate36, issue 10).
// Invented sentences; each finding test failed on the build before the rule, the controls beside it must stay quiet.
// An opening or closing is keyed by what opened or closed: the names of its noun phrase, else its head noun.
const test = require('node:test');
const assert = require('node:assert');
const { claimsOf, doc, eventFindings, report } = require('./claimReports');

/** The event-time claims of one report, as "unit event time". */
const eventClaims = (body, published = '2031-03-21') => claimsOf(report(published, body))
  .filter(c => c.measure.unit.startsWith('event-')).map(c => `${c.measure.unit} ${c.measure.event} ${c.quantity.text}`);

test('two reports give one plant, by its name, two opening years: a finding', () => {
  const a = doc('a.txt', 'Car making began in the port in 1931, and the Harwick plant opened in 1972, building engines at first.', '2031-03-21');
  const b = doc('b.txt', 'The Harwick factory opened in 1968 and employed 4,000 people at its peak.', '2031-03-22');
  assert.deepStrictEqual(eventFindings(a, b), ['opening of harwick: 1968 / 1972']);
});

test('a closure year, fronted or after a passive, in two reports: a finding; a month inside the year agrees', () => {
  const a = doc('a.txt', 'In 2019, the bridge had to be shut down for repairs.', '2031-03-21');
  const b = doc('b.txt', 'Critics noted that several ramps were closed for weeks in 2020 for repairs.', '2031-03-22');
  const c = doc('c.txt', 'Parts of the bridge were closed for repairs in May 2020.', '2031-03-22');
  const found = eventFindings(a, b, c);
  assert.ok(found.length >= 1 && found.every(f => f.startsWith('closure of bridge: ') && f.includes('2019')), found.join('; '));
});

test('two things opened in two years are two events: no finding; a plan and a span of years date nothing', () => {
  assert.deepStrictEqual(eventClaims('The network opened in 1975, and its newest branch was inaugurated in 2009.'),
    ['event-period opening of network 1975', 'event-period opening of branch 2009']);
  const a = doc('a.txt', 'The Harwick plant opened in 1972, building engines at first.', '2031-03-21');
  const b = doc('b.txt', 'The Tolbey ferry terminal opened in 2019, officials said.', '2031-03-22');
  const c = doc('c.txt', 'The factory closed in 2009 after the crisis, and the mine nearby closed in 1994.', '2031-03-22');
  assert.deepStrictEqual(eventFindings(a, b, c), []);
  assert.deepStrictEqual(eventClaims('It opened in 1975.'), []);
  assert.deepStrictEqual(eventClaims('The depot is due to be closed in 2033.'), []);
  assert.deepStrictEqual(eventClaims('The mine operated between 1950 and 1990.'), []);
  assert.deepStrictEqual(eventClaims('Police opened fire on protesters in 2029.'), []);
});

test('by a day, an opening or closing verb tells of a state, not the event: no claim', () => {
  assert.deepStrictEqual(eventClaims('About 900 clinics stayed closed across the region on Tuesday, an official said.'), []);
  assert.deepStrictEqual(eventClaims('Officials said 120 clinics were closed on Friday.'), []);
});

test('a written year dates a closure in a report with no publication date too', () => {
  const a = doc('a.txt', 'In 2019, the bridge had to be shut down for repairs.', '2031-03-21');
  const b = ['b.txt', report('', 'The bridge had to be closed for several repairs in 2020, its engineers wrote.')];
  assert.deepStrictEqual(eventFindings(a, b), ['closure of bridge: 2019 / 2020']);
});
