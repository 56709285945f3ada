// Issue 11, round 19: attribution cue classes from the PolNeAR training split (measured on train, confirmed on dev), one
// test per class, with invented sentences of the same shapes (none copied from the data).
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');
const { brief } = require('./attributionBrief');

/** The cue words of every attribution, the unsourced ones included. */
function allCues(text) {
  const a = engine.analyzeText('x.txt', text);
  return [...a.attributions, ...(a.unsourced ?? [])].map(x => x.cue.text);
}
const day = s => `The day began.\n\n${s}`;

test('a legal filing reports what the filer claims ("filed a lawsuit against ...", "filed a $2 million suit alleging ...")', () => {
  assert.deepStrictEqual(brief(day('The tenants union filed a lawsuit against the county over the eviction rules.')),
    ['The tenants union|filed a lawsuit against|the county over the eviction rules']);
  assert.deepStrictEqual(allCues(day('Attorney General Mara Lind filed a $2 million suit in 2019 alleging that the clinic had overbilled patients.')),
    ['filed a $2 million suit in 2019 alleging']);
  assert.deepStrictEqual(allCues(day('Two neighbors have filed a class-action complaint for damages against the quarry.')),
    ['filed a class-action complaint for']);
  // A filed document that makes no claim, a possessive and the passive stay out.
  assert.deepStrictEqual(allCues(day('The clerk filed a report with the archive on Monday.')), []);
  assert.deepStrictEqual(allCues(day('Once Ortiz filed her complaint, the officers had to open a case.')), []);
});

test('criticism a subject receives is a stance of unnamed or named critics ("has drawn sharp criticism from ...")', () => {
  assert.deepStrictEqual(allCues(day('The zoning plan has drawn sharp criticism from residents of the east side.')),
    ['drawn sharp criticism']);
  assert.deepStrictEqual(allCues(day('The water board is facing criticism over the late repairs.')), ['facing criticism']);
  assert.deepStrictEqual(allCues(day('Mayor Ruiz came under heavy criticism after the budget vote.')), ['under heavy criticism']);
  // Scrutiny, fire and a drawn picture are no criticism.
  assert.deepStrictEqual(allCues(day('The agency came under scrutiny after the audit.')), []);
  assert.deepStrictEqual(allCues(day('The convoy came under fire near the bridge.')), []);
  assert.deepStrictEqual(allCues(day('The children drew sharp pictures of the harbor.')), []);
});

test('a reputation after a form of "be" is held by people the text does not name ("is best known for ...")', () => {
  assert.deepStrictEqual(allCues(day('The senator is best known for her fights with the oil lobby.')), ['is best known for']);
  assert.deepStrictEqual(allCues(day('The old mill town was known as the heart of the valley.')), ['was known as']);
  // A habit ("has been known to"), a relative clause describing its noun, and "known" without "be" stay out.
  assert.deepStrictEqual(allCues(day('Local officials have been known to ignore the rules.')), []);
  assert.deepStrictEqual(allCues(day('He moved to a firm that is best known for its index funds.')), []);
  assert.deepStrictEqual(allCues(day('A group known as the Friends of the Park met on Monday.')), []);
});

test('a published statement, letter, report, ad or proposal is what its issuer says, with nothing said after it', () => {
  assert.deepStrictEqual(brief(day('The harbor authority released a statement at the end of the hearing on Friday.')),
    ['The harbor authority|released|a statement at the end of the hearing on Friday']);
  assert.deepStrictEqual(allCues(day('Governor Lind unveiled a $40 million proposal for the river towns.')), ['unveiled']);
  assert.deepStrictEqual(allCues(day('The Ortiz campaign is releasing a new 30-second ad on Monday.')), ['releasing']);
  // A video, a memo or a speech is no statement by itself (it stays a cue only with something said after it).
  assert.deepStrictEqual(allCues(day('The police released a video of the arrest on Monday.')), []);
  assert.deepStrictEqual(allCues(day('The mayor gave a speech in the town square.')), []);
});

test('advocacy with a subject reports what it pushes for ("have pushed for new talks", "is pushing for a ban")', () => {
  assert.deepStrictEqual(brief(day('Farm groups have pushed for lower water fees in the valley.')),
    ['Farm groups|pushed for|lower water fees in the valley']);
  assert.deepStrictEqual(allCues(day('Mayor Ruiz is quietly pushing for a vote on the stadium.')), ['pushing for']);
  // A push with no subject of its own, a noun, or a fight is no cue.
  assert.deepStrictEqual(allCues(day('Her push for a new stadium failed.')), []);
  assert.deepStrictEqual(allCues(day('The veterans fought for the bridge in 1944.')), []);
});
