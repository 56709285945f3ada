const test = require('node:test');
const assert = require('node:assert');
const path = require('node:path');

const load = () => import(path.join(__dirname, '../../scripts/eval-external.mjs'));

test('TimeML scoring: a part of a period counts on the side its mod names', async () => {
  const { timexInterval, timexMatches } = await load();
  const nov = timexInterval('1999-11');
  assert.deepStrictEqual(nov, ['1999-11-01', '1999-11-30']);
  // "late November" (mod END): the last days of the month.
  assert.ok(timexMatches(nov, 'END', '1999-11-21', '1999-11-30'));
  assert.ok(!timexMatches(nov, 'END', '1999-11-01', '1999-11-10'));
  assert.ok(!timexMatches(nov, '', '1999-11-21', '1999-11-30'));
  // "earlier this year" (mod START) read up to the publication day.
  assert.ok(timexMatches(timexInterval('1989'), 'START', '1989-01-01', '1989-10-30'));
  assert.ok(timexMatches(timexInterval('1996'), 'MID', '1996-05-01', '1996-08-31'));
  assert.ok(!timexMatches(timexInterval('1996'), 'MID', '1996-01-01', '1996-08-31'));
  // Exact days always count; a mod never lets a prediction outside the value through.
  assert.ok(timexMatches(nov, 'APPROX', '1999-11-01', '1999-11-30'));
  assert.ok(!timexMatches(nov, 'END', '1999-11-21', '1999-12-01'));
  assert.ok(!timexMatches(nov, 'START', null, null));
});

test('TimeML reading keeps each TIMEX3 mod', async () => {
  const { readTimeml } = await load();
  const doc = readTimeml('<DOC><TIMEX3 tid="t0" type="DATE" value="1999-12-03" functionInDocument="CREATION_TIME">x</TIMEX3>'
    + '<TEXT>Talks end in <TIMEX3 tid="t1" type="DATE" value="1999-11" mod="END">late November</TIMEX3>.</TEXT></DOC>');
  assert.strictEqual(doc.published, '1999-12-03');
  assert.deepStrictEqual(doc.timexes.map(t => [doc.text.slice(t.start, t.end), t.value, t.mod]), [['late November', '1999-11', 'END']]);
});
