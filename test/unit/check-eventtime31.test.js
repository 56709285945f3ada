// The day or hour of an event as a claim (round 31, eventtime31, issue 10). Invented sentences; every test holds a pair
// that must be found, so each failed on the build before event-time claims, and the pairs it must not find beside it.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');
const { claimsOf, doc, eventFindings, report } = require('./claimReports');

/** The event-time claims of one report, as "unit event time". */
const eventClaims = (body, published = '2031-03-21') => claimsOf(report(published, body))
  .filter(c => c.measure.unit.startsWith('event-')).map(c => `${c.measure.unit} ${c.measure.event} ${c.quantity.text}`);

test('two reports put one sinking on different days: a clear finding', () => {
  const a = doc('a.txt', 'The ferry Marisol sank off Port Vell on March 19, officials said.', '2031-03-21');
  const b = doc('b.txt', 'Divers are still searching the wreck of the Marisol, which sank on March 17.', '2031-03-22');
  assert.deepStrictEqual(eventFindings(a, b), ['sinking: March 17 / March 19']);
  const result = engine.analyzeCorpus([a, b].map(([path, text]) => ({ path, text })));
  assert.strictEqual(result.contradictions[0].severity, 'clear');
});

test('"Monday\'s explosion" and "the blast on Tuesday" name one event; the same day in a third report agrees', () => {
  const a = doc('a.txt', 'The number killed in Monday\'s explosion at the Karsk mine stands at 84.', '2031-03-21');
  const b = doc('b.txt', 'The mine collapsed after a blast on Tuesday while 300 miners were inside.', '2031-03-20');
  const c = doc('c.txt', 'Rescuers said hopes were fading four days after the explosion on Tuesday.', '2031-03-22');
  const found = eventFindings(a, b, c);
  assert.ok(found.length >= 1 && found.every(f => f.startsWith('explosion: ') && f.includes('Monday')), found.join('; '));
});

test('the quake on Monday and the aftershock on Wednesday are two events; two days for the quake are not', () => {
  const a = doc('a.txt', 'The quake struck on Monday, and a strong aftershock hit the valley on Wednesday.', '2031-03-21');
  const b = doc('b.txt', 'The earthquake that struck the valley on Tuesday killed 40 people.', '2031-03-21');
  assert.deepStrictEqual(eventFindings(a, b), ['quake: Monday / Tuesday']);
});

test('a statement\'s day, a toll\'s day and another blast\'s day date no event', () => {
  assert.deepStrictEqual(eventClaims('The agency said on Monday that the blast had killed 40 people.'), []);
  assert.deepStrictEqual(eventClaims('The toll from the blast rose to 30 on Wednesday.'), []);
  assert.deepStrictEqual(eventClaims('A second blast on Wednesday shook the port.'), []);
  assert.deepStrictEqual(eventClaims('Crews were still battling the fire on Sunday morning.'), []);
  assert.deepStrictEqual(eventClaims('Families marked the anniversary of the blast on Monday.'), []);
  const a = doc('a.txt', 'The agency said on Monday that the blast had killed 40 people. Monday\'s blast was the worst in years.', '2031-03-21');
  const b = doc('b.txt', 'The blast took place on Sunday, police said on Tuesday.', '2031-03-21');
  assert.deepStrictEqual(eventFindings(a, b), ['explosion: Monday / Sunday']);
});

test('a festival over three days, a strike\'s first and third days, and a planned blast are no event days', () => {
  assert.deepStrictEqual(eventClaims('The three-day festival began on Friday and ended on Sunday.'), []);
  assert.deepStrictEqual(eventClaims('The strike began on Monday and entered its third day on Wednesday.'), []);
  assert.deepStrictEqual(eventClaims('Engineers will carry out a controlled explosion on March 24.', '2031-03-21'), []);
  assert.deepStrictEqual(eventClaims('The crash happened every Monday.'), []);
  const a = doc('a.txt', 'The bus crash happened on March 14 near Lenno.', '2031-03-21');
  const b = doc('b.txt', 'The crash on March 15 killed nine people near Lenno.', '2031-03-21');
  assert.deepStrictEqual(eventFindings(a, b), ['crash: March 14 / March 15']);
});

test('hours: "shortly before midnight" against "about 9 pm on Saturday" is a possible finding; close hours agree', () => {
  const a = doc('a.txt', 'The fire broke out shortly before midnight at a depot outside the port, a fire official said.', '2031-03-21');
  const b = doc('b.txt', 'The fire broke out at the depot at about 9 pm on Saturday.', '2031-03-21');
  const c = doc('c.txt', 'Witnesses said the fire broke out at the depot around 9:10 pm.', '2031-03-21');
  const found = eventFindings(a, b, c);
  assert.deepStrictEqual(found.map(f => f.split(': ')[0]), ['fire', 'fire']);
  assert.ok(found.every(f => f.includes('midnight')), found.join('; '));
  const result = engine.analyzeCorpus([a, b, c].map(([path, text]) => ({ path, text })));
  assert.ok(result.contradictions.every(f => f.severity === 'possible'));
  const claims = eventClaims('Around 11:45 pm, there was a massive explosion at the depot.');
  assert.deepStrictEqual(claims, ['event-clock explosion 11:45 pm']);
});

test('"late Friday" against "early on Saturday morning": possible, not clear', () => {
  const a = doc('a.txt', 'The explosion took place late Friday near the station.', '2031-03-22');
  const b = doc('b.txt', 'The disaster happened early on Saturday morning after a bus struck the tanker. The explosion killed 90.', '2031-03-22');
  assert.deepStrictEqual(eventFindings(a, b), ['explosion: Friday / Saturday morning']);
  const result = engine.analyzeCorpus([a, b].map(([path, text]) => ({ path, text })));
  assert.strictEqual(result.contradictions[0].severity, 'possible');
});

test('a report that gives one event two days sets neither against another report', () => {
  const a = doc('a.txt', 'The quake that struck on March 5 killed 40. The quake that hit on March 4 destroyed homes.', '2031-03-21');
  const b = doc('b.txt', 'The quake struck on March 6.', '2031-03-21');
  const c = doc('c.txt', 'The quake struck on March 7.', '2031-03-21');
  assert.deepStrictEqual(eventFindings(a, b, c), ['quake: March 6 / March 7']);
});

test('event-time claims are in the JSON contract: unit event-day or event-clock, and their eventTime', () => {
  const docs = [doc('a.txt', 'The ferry sank on March 19.', '2025-03-21'), doc('b.txt', 'The ferry sank at 9:45 pm on March 17.', '2025-03-21')];
  const result = engine.analyzeCorpus(docs.map(([path, text]) => ({ path, text })));
  const out = engine.analysisOutput(result, new Map(docs));
  assert.ok(engine.AnalysisOutputSchema.safeParse(out).success);
  const a = out.documents[0].claims.find(x => x.unit === 'event-day');
  assert.deepStrictEqual([a.event, a.low, a.eventTime], ['sinking', Date.parse('2025-03-19') / 86_400_000, { day: '2025-03-19', clock: null }]);
  const b = out.documents[1].claims.find(x => x.unit === 'event-clock');
  assert.deepStrictEqual(b.eventTime, { day: '2025-03-17', clock: { from: '21:45', to: '21:45' } });
  assert.strictEqual(out.contradictions.length, 1);
});
