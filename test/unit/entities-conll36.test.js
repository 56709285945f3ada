// Entity classes of round 36 (issue 11, found on CoNLL-2003 eng.train, non-sports documents): a capital "The" inside a
// paper's title, Reuters' code and a rating agency's initials as table entries, houses of parliament named in full, and
// a paper's opening word ("Gazeta") before a name. Texts are invented.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

const ents = text => engine.recognizeEntities(engine.prepare(text).prepared, {});
const find = (list, text) => list.find(e => e.text === text);

test('a capital "The" inside a sentence belongs to the paper\'s title', () => {
  const e = ents('Sales rose at The Guardian and at the Harwick group, and The Morvane Herald said so on Monday.');
  assert.strictEqual(find(e, 'The Guardian')?.kind, 'outlet');
  assert.strictEqual(find(e, 'The Morvane Herald')?.kind, 'outlet');
});

test('at a sentence\'s start "The" joins only a title the table writes with it', () => {
  const e = ents('Prices fell. The Washington Post ran the story on its front page. The WP article said more.');
  assert.strictEqual(find(e, 'The Washington Post')?.kind, 'outlet');
  assert.strictEqual(find(e, 'WP')?.id, 'outlet:the-washington-post');
  assert.strictEqual(find(e, 'The WP'), undefined);
});

test('Reuters\' code and a rating agency\'s initials are known bodies, also in a line of capitals', () => {
  const e = ents('RTRS - Kelbrook shares jump on bid talk.\n\nCOUPON 6.5 MATURITY 2004 LAST S&P AA+ LISTING LUX');
  assert.strictEqual(find(e, 'RTRS')?.id, 'outlet:reuters');
  assert.strictEqual(find(e, 'S&P')?.kind, 'organization');
});

test('houses of parliament named in full are organizations', () => {
  const e = ents('Dana Morley was elected to the House of Representatives in 1984 and later spoke in the House of Lords.');
  assert.strictEqual(find(e, 'House of Representatives')?.kind, 'organization');
  assert.strictEqual(find(e, 'House of Lords')?.kind, 'organization');
});

test('a paper\'s opening word makes the name it opens an outlet, not a person', () => {
  const e = ents('The tax will rise next year, Gazeta Morvicka said on Tuesday.');
  assert.strictEqual(find(e, 'Gazeta Morvicka')?.kind, 'outlet');
});
