// Issue 11, round 39: attributions PolNeAR's training split marks and the engine missed, grouped by structure (measured
// on train, confirmed on dev by totals). Invented sentences of the same shapes (none copied from the data).
const test = require('node:test');
const assert = require('node:assert');
const { brief } = require('./attributionBrief');

test('a headline opened by a lone common noun of the source tables and a colon: the noun speaks, as "Poll:" does', () => {
  assert.deepStrictEqual(brief('Report: Ward to skip the state fair in Ames.\n\nThe race is close.'),
    ['Report|:|Ward to skip the state fair in Ames']);
  assert.deepStrictEqual(brief('Newspaper: Mayor kept a second phone at city hall.\n\nThe race is close.'),
    ['Newspaper|:|Mayor kept a second phone at city hall']);
  assert.deepStrictEqual(brief('Economists: Tariff plan would raise prices on farm goods.\n\nThe race is close.'),
    ['Economists|:|Tariff plan would raise prices on farm goods']);
});

test('a rubric or a teaser before the colon stays no source', () => {
  assert.deepStrictEqual(brief('Update: Ward to skip the state fair in Ames.\n\nThe race is close.'), []);
  assert.deepStrictEqual(brief('Breaking: Ward to skip the state fair in Ames.\n\nThe race is close.'), []);
  assert.deepStrictEqual(brief('Analysis: Ward faces a long road in the farm states.\n\nThe race is close.'), []);
});

test('a headline "Name to/at/on X: ..." is what the name says, to or about X', () => {
  assert.deepStrictEqual(brief('Senator Maria Hale to Farm Bureau: Tariffs will end by spring.\n\nThe race is close.'),
    ['Maria Hale|:|Tariffs will end by spring']);
  assert.deepStrictEqual(brief('Governor Tom Reyes on Harbor Tolls: We Will Not Raise Them Again.\n\nThe race is close.'),
    ['Tom Reyes|:|We Will Not Raise Them Again']);
});
