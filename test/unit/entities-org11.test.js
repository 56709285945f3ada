// Issue 11, round 11: organization typing classes from CoNLL-2003 train (non-sports documents), invented sentences.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

const ents = text => engine.analyzeText('x.txt', text).entities.map(e => `${e.text}|${e.kind}`);

test('a legislature named by its head word alone is an organization ("the Senate voted", "Congress must approve")', () => {
  assert.deepStrictEqual(ents('The Senate voted on Tuesday to pass the farm bill.'), ['Senate|organization']);
  assert.deepStrictEqual(ents('The farm bill now goes to Congress, which must approve it.'), ['Congress|organization']);
  assert.deepStrictEqual(ents('On Friday the Knesset passed the budget.'), ['Knesset|organization']);
  // A longer name still wins.
  assert.deepStrictEqual(ents('The European Parliament voted on Tuesday.'), ['European Parliament|organization']);
});

test('a month abbreviation in a table names no organization ("(Aug 22) (Jul 15)")', () => {
  const table = 'MARKETS\n\nOSLO 1,020.82 +3.06 1,146.79 (Aug 22) (Jul 15) MADRID 2,555.16 - 2.10 (Jan 4) (Nov 9) LISBON 4,100.2';
  assert.ok(!ents(table).some(e => /^(Aug|Jul|Jan|Nov)\|/.test(e)), ents(table).join(', '));
});

test('former countries are countries, not organizations ("the Soviet Union", "Yugoslavia", "Zaire")', () => {
  assert.deepStrictEqual(ents('Aid reached Zaire after the rains.'), ['Zaire|country']);
  assert.deepStrictEqual(ents('The Soviet Union built the dam in 1970.'), ['Soviet Union|country']);
  assert.deepStrictEqual(ents('Refugees fled the former Yugoslavia by bus.'), ['Yugoslavia|country']);
});

test('regions written as one word are places ("the Mideast", "the Midwest", "the Prairies")', () => {
  assert.deepStrictEqual(ents('Oil rose on fears of unrest in the Mideast.'), ['Mideast|place']);
  assert.deepStrictEqual(ents('Farmers in the Midwest expect a big harvest.'), ['Midwest|place']);
  assert.deepStrictEqual(ents('Snow fell across the Prairies overnight.'), ['Prairies|place']);
});
