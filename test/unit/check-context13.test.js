// Round 13: a figure that names no place is read in its report's title and lead (check/places.ts, contextFit). Invented
// reports; each test fails on the build before it (which read an unplaced figure only by its size against the other).
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

/** A short report with its own title, published on a Monday, one sentence a paragraph. */
function report(path, title, ...sentences) {
  const text = `---\ntitle: ${title}\npublished: 2024-03-11\n---\n${sentences.join('\n\n')}\n`;
  return engine.analyzeText(path, text);
}
const check = (...docs) => engine.checkDocuments(docs);

test('a crowd with no place of its own, in a report whose title names the city, is a rival of the police count there', () => {
  const organizers = report('organizers.txt', 'Huge rally against the dam in Lima',
    'Organizers said more than 900,000 people took part in the rally on Sunday, March 10, far more than expected by anyone.');
  const police = report('police.txt', 'Police count the dam protest',
    'Police said 250,000 people joined the rally in Lima on Sunday, March 10, according to a statement.');
  const found = check(organizers, police);
  assert.strictEqual(found.length, 1, 'the organizers\' count is the city\'s, not a wider total');
  assert.strictEqual(found[0].severity, 'possible', 'crowd figures stay possible');
});

test('an unplaced toll in a report whose title names a town inside the other\'s country is the town\'s count', () => {
  const city = report('city.txt', 'Floods hit Lima',
    'Exactly 25 people were killed in the floods on Monday, March 11, the mayor said at a briefing.');
  const nation = report('nation.txt', 'Rescue work goes on',
    'Exactly 40 people were killed in the floods in Peru on Monday, March 11, the civil defence agency said.');
  assert.deepStrictEqual(check(city, nation), [], 'the country holds the town\'s 25');
  // A town's count above the country's is a part above its whole: possible.
  const high = report('high.txt', 'Floods hit Lima',
    'At least 60 people were killed in the floods on Monday, March 11, the mayor said at a briefing.');
  const found = check(high, nation);
  assert.strictEqual(found.length, 1);
  assert.strictEqual(found[0].severity, 'possible');
});

test('an unplaced toll in a report whose title is about the country, against one town\'s count, is at most possible', () => {
  const nation = report('nation.txt', 'Floods sweep across Peru',
    'Exactly 40 people were killed in the floods on Monday, March 11, the civil defence agency said in its report.');
  const city = report('city.txt', 'Rescue work goes on',
    'Twenty-five people were killed in the floods in Lima on Monday, March 11, the mayor said at a briefing.');
  const found = check(nation, city);
  assert.strictEqual(found.length, 1);
  assert.strictEqual(found[0].severity, 'possible');
});

test('an unplaced figure whose report names no place in its title or lead is at most possible against a placed one', () => {
  const unplaced = report('unplaced.txt', 'Storm toll rises',
    'Exactly 31 people were killed in the storm on Monday, March 11, the emergency service said in a statement.');
  const placed = report('placed.txt', 'Storm toll rises in the capital',
    'Exactly 19 people were killed in the storm in Lima on Monday, March 11, the mayor said at a briefing.');
  const found = check(unplaced, placed);
  assert.strictEqual(found.length, 1);
  assert.strictEqual(found[0].severity, 'possible');
  assert.match(found[0].why, /title and lead do not make it the other's place/);
});

test('the report\'s context: title places, lead places, no dateline town in capitals, no part clause\'s place', () => {
  const a = report('a.txt', 'Marches across Peru',
    'LIMA, Peru - About 1.2 million people marched on Sunday, including 90,000 in Arequipa, the interior ministry said.',
    'The unions said the turnout was the largest in a decade and promised another day of action later this month.');
  assert.deepStrictEqual(a.context.title, ['country:peru']);
  assert.ok(!a.context.lead.includes('place:lima'), 'a dateline is where the reporter files from');
  assert.ok(!a.context.lead.includes('place:arequipa'), 'a place named for a part of the figure before it');
  assert.ok(a.context.lead.includes('country:peru'));
  const b = report('b.txt', 'Turnout soars', 'From Our Correspondent',
    'Turnout in Portugal reached 61.2 percent on Sunday, March 10, the electoral commission said on Monday.');
  assert.deepStrictEqual(b.context.title, []);
  assert.deepStrictEqual(b.context.lead, ['country:portugal'], 'a byline is no lead sentence');
});

test('a figure in the relative clause of its source keeps the places after it', () => {
  const d = report('firm.txt', 'Builder collapses',
    'Acme Construction, which employs 20,000 workers across Britain, said on Monday that talks with its lenders had failed.');
  const c = d.claims.find(x => x.quantity.text.startsWith('20,000'));
  assert.ok(c, 'the workforce is a claim');
  assert.ok(c.scope.includes('country:united-kingdom'), `scope ${c.scope}`);
});

test('an area noun as subject is its government: "the state added" carries no earlier place into the total', () => {
  const d = report('toll.txt', 'Final storm report',
    'Nine residents of Harris County died during the storm, the health department said on Monday.',
    'In all, the state added 12 more deaths to its count, for a total of 180 people killed by the storm.');
  const c = d.claims.find(x => x.quantity.text.startsWith('180'));
  assert.ok(c, 'the total is a claim');
  assert.ok(!c.scope.some(id => id.includes('harris')), `scope ${c.scope}`);
  // "in the region" still points back to the place named before.
  const r = report('region.txt', 'Quake report',
    'A strong earthquake struck near Arequipa on Monday morning, the geological institute said.',
    'At least 14 people were killed in the region, rescue teams said on Monday.');
  const q = r.claims.find(x => x.quantity.text.startsWith('At least 14') || x.quantity.text.startsWith('14'));
  assert.ok(q && q.scope.includes('place:arequipa'), `scope ${q && q.scope}`);
});

test('a title\'s places after "including" are its parts\', not what the report is about', () => {
  const d = report('t.txt', '180 people died in Peru floods, including 22 in Lima and 11 in Arequipa',
    'The final report on the floods was released on Monday by the health ministry in its weekly bulletin.');
  assert.deepStrictEqual(d.context.title, ['country:peru']);
});
