// Issue 11, round 36: attributions PolNeAR's training split marks and the engine missed, grouped by structure (measured
// on train, confirmed on dev by totals). Invented sentences of the same shapes (none copied from the data).
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

/** "source text|cue" of every attribution, the unsourced ones included (their source is empty). */
function who(text) {
  const a = engine.analyzeText('x.txt', `The day began.\n\n${text}`);
  return [...a.attributions, ...(a.unsourced ?? [])].map(x => `${x.source.text}|${x.cue.text}`);
}

test('a report credited to the outlet that broke it, with no form of "be": the agent after "by" is the source', () => {
  assert.ok(who('The harbour plan, first reported by The Coastal Herald on Friday, would close two piers.')
    .includes('The Coastal Herald|reported by'));
  assert.ok(who('The ferry fares will rise in May, as first reported by the Valley Gazette.')
    .includes('Valley Gazette|reported by'));
  assert.ok(who('The depot, reported by the Northern Courier last spring, stands empty.')
    .includes('Northern Courier|reported by'));
  assert.ok(who('She never held a licence, a fact first reported by Tomas Brandt, a reporter for a radio station.')
    .includes('Tomas Brandt|reported by'));
});

test('"was first reported by" credits a scoop, so a document may be what was reported', () => {
  assert.ok(who('The memo was first reported by the Valley Gazette on Monday.').includes('Valley Gazette|reported by'));
  // Without the adverb a document "reported by" an outlet is a byline, not an attribution.
  assert.deepStrictEqual(who('The article is reported by the Valley Gazette.'), []);
  // "reported" with no agent, or after a noun with no adverb, stays as before.
  assert.ok(!who('The plant reported by the river floods each spring.').some(x => x.endsWith('|reported by')));
});

test('"according to X" closing its sentence reports the clause before it, though that clause opens like an introduction', () => {
  // A clause opened by a preposition or a capitalized -ing word was read as an introduction, and the frame then looked
  // for its content after the source, where the sentence had ended.
  assert.ok(who('In April the club sold 900 tickets, according to its treasurer.').includes('its treasurer|according to'));
  assert.ok(who('Fishing grew last summer, according to harbour officials.').includes('harbour officials|according to'));
  // An opening frame still reports what follows it.
  assert.ok(who('In April, according to the treasurer, the club sold 900 tickets.').includes('the treasurer|according to'));
});
