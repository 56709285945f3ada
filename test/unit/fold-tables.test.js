// Spelling-fold keys and slugs (entities/fold.ts): the shortcut for plain ASCII names and the uncached form the
// gazetteer is built with give what the general path gives.
const test = require('node:test');
const assert = require('node:assert');
const { loadSource } = require('./tsModule');



const fold = loadSource('server/src/engine/entities/fold.ts');

test('ASCII names fold as their accented and typographic spellings do', () => {
  const pairs = [["O'Hara Bridge", 'O’Hara Bridge'], ['Zelenskyy', 'Zelenskyy'], ['Sao Tome', 'São Tomé'], ['Quarry`s End', 'Quarry’s End'],
    ['Aleksei Kharkiv', 'Alexei Kharkiiv'], ['TROMSO', 'Tromsø'], ['ae-Fjord', 'æ-Fjord']];
  for (const [ascii, other] of pairs) assert.strictEqual(fold.foldKey(ascii), fold.foldKey(other), `${ascii} vs ${other}`);
  assert.strictEqual(fold.slug("Saint-Jean d'Arc"), 'saint-jean-darc');
  assert.strictEqual(fold.foldKey('  --  '), '--', 'a name of no letter keeps its own spelling');
});

test('foldAndSlug gives foldKey and slug of the same name', () => {
  for (const name of ['Kharkiv', 'Новосибирск', 'Łódź', "Cote d'Ivoire", 'Straße 9', '東京', '---', 'A', 'Big  Lake']) {
    assert.deepStrictEqual(fold.foldAndSlug(name), [fold.foldKey(name), fold.slug(name)], name);
  }
});
