// Issue 11, entities: failure classes seen on news outside the seed domains, one test per class.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

/** "text|kind|id" of every entity. */
function brief(text) {
  return engine.analyzeText('x.txt', text).entities.map(e => `${e.text}|${e.kind}|${e.id}`);
}

test('bug: names in Cyrillic, Greek or CJK are transliterated, never folded to an empty key or id', () => {
  const got = brief('President Владимир Путин met Αλέξης Τσίπρας in Athens. Later Путин left.');
  assert.deepStrictEqual(got, [
    'Владимир Путин|person|person:vladimir-putin', 'Αλέξης Τσίπρας|person|person:alexis-tsipras', 'Athens|place|place:athens',
    'Путин|person|person:vladimir-putin',
  ]);
  // The same person written in Latin letters in another report links to the same id.
  assert.ok(brief('President Vladimir Putin met reporters.').includes('Vladimir Putin|person|person:vladimir-putin'));
  for (const e of engine.analyzeText('x.txt', 'Officials 习近平 and 李强 and Ким Чен Ын spoke.').entities) {
    assert.ok(!/:$/.test(e.id), `empty id slug for ${e.text}`);
  }
});

test('a lone surname is the person named in full anywhere in the report, even where context guessed a company', () => {
  const got = brief("Yeltsin endorses Lebed peace plan - agency.\n\nPresident Boris Yeltsin backed security chief Alexander Lebed's plan.\n\n" +
    'Lebed said on Friday he hoped to sign.');
  assert.deepStrictEqual(got.filter(s => s.startsWith('Lebed') || s.startsWith('Alexander')), [
    'Lebed|person|person:alexander-lebed', 'Alexander Lebed|person|person:alexander-lebed', 'Lebed|person|person:alexander-lebed',
  ]);
});

test('towns in a match are clubs; countries stay countries, and a town elsewhere stays a town', () => {
  assert.deepStrictEqual(brief('Middlesbrough beat Leeds 2-1 on Saturday.'),
    ['Middlesbrough|organization|organization:middlesbrough', 'Leeds|organization|organization:leeds']);
  assert.deepStrictEqual(brief('Results:\nArsenal 3 Chelsea 0\n').filter(s => s.startsWith('Chelsea')), ['Chelsea|organization|organization:chelsea']);
  assert.deepStrictEqual(brief('Russia beat Germany 3-1 in Moscow.').map(s => s.split('|')[1]), ['country', 'country', 'place']);
  assert.deepStrictEqual(brief('He moved from Leeds to London in 2010.').map(s => s.split('|')[1]), ['place', 'place']);
});

test("the possessive country decides a national body: Russia's General Staff is not Ukraine's", () => {
  const ids = text => brief(text).filter(s => s.startsWith('General Staff')).map(s => s.split('|')[2]);
  const a = ids("Ukraine's General Staff said 40 clashes took place. Russia's General Staff denied it.");
  assert.strictEqual(a.length, 2);
  assert.notStrictEqual(a[0], a[1]);
  assert.ok(a[1].includes('russia'), a[1]);
  const b = ids("The General Staff of Ukraine reported 40 clashes. Russia's General Staff denied it.");
  assert.notStrictEqual(b[0], b[1]);
});
