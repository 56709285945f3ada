// Round 36 (holder36, issue 10): whose a figure is when it is reported. The voice before a reporting verb and the words
// that describe it (its office, its employer) are no party of the figure the verb reports, unless the figure is the
// voice's own ("said its losses"). Invented sentences; each finding test fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { claimsOf, doc, report, valuePairs } = require('./claimReports');

const partiesOf = (text, figure) => claimsOf(report('2025-03-04', text)).find(c => c.quantity.text.includes(figure))
  ?.scope.filter(id => id.startsWith('person:') || id.startsWith('organization:'));

test('a relative clause describing the voice names no party: "X, who heads the Y Department at Z, explained that"', () => {
  const text = 'Tomas Reval, who is the head of the Department of Surgery, Pathology and Anatomy, at Marden Medical Institute in Kessa, '
    + 'explained that 212 people died in the collapse.';
  assert.deepStrictEqual(partiesOf(text, '212'), []);
});

test('a body reporting a toll of a disaster is its voice: "the X Health Centre in Y, where ..., reported the toll at"', () => {
  const text = 'However, the Marden Health Centre in Kessa, where the bridge stands, reported the death toll at 212.';
  assert.deepStrictEqual(partiesOf(text, '212'), []);
});

test('two voices described by their offices give rival tolls of one collapse', () => {
  const a = 'Tomas Reval, who is the head of the Department of Surgery, Pathology and Anatomy, at Marden Medical Institute in Kessa, '
    + 'explained that 212 people died in the Kessa bridge collapse on Monday.';
  const b = 'Ilse Varga, who has led the Rescue and Relief Department of the Kessa Civil Protection Agency since the floods of the '
    + 'last decade, explained that 160 people died in the Kessa bridge collapse on Monday.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', b)), ['160/212']);
});

test('guard: a figure about the voice\'s own side keeps its body a party ("said it employs")', () => {
  const own = 'Tomas Reval, who has been the chief spokesman for Marden Steel since the merger of the two steel firms, said it employs 2,120 people.';
  assert.ok(partiesOf(own, '2,120')?.some(id => id.endsWith('marden-steel')));
});

test('guard: a phrase fronted before the voice is no part of it ("In Kessa, a town official said")', () => {
  const text = 'In Kessa, a town official said 212 people died in the collapse.';
  const claim = claimsOf(report('2025-03-04', text)).find(c => c.value === 212);
  assert.ok(claim?.scope.some(id => id.endsWith('kessa')));
});

const holderOf = (text, figure) => claimsOf(report('2025-03-04', text)).find(c => c.quantity.text.includes(figure))?.detail?.holder;

test('"We got 58 percent" in a quote is the speaking candidate\'s share, not a holder named "We"', () => {
  assert.strictEqual(holderOf('"We got 58 percent of the vote," Tomas Reval told reporters on Monday.', '58'), 'holder:reval');
});

test('"58 per cent of our vote count" is the speaker\'s side\'s share, not the nearest capitalized word\'s', () => {
  const text = '"Today I declare victory based on more than 58 per cent of our real vote count," Tomas Reval said on Monday.';
  assert.strictEqual(holderOf(text, '58'), 'holder:reval');
});

test('a candidate\'s own claimed share meets the count\'s share of that candidate', () => {
  const a = '"We got 58 percent of the vote," Tomas Reval told reporters on Monday.';
  const b = 'Tomas Reval won 52 percent of the vote in the election held on Sunday, the commission said on Monday.';
  assert.deepStrictEqual(valuePairs(doc('a.txt', a), doc('b.txt', b)), ['52/58']);
});

test('guard: "we" with no person or body as its voice holds nothing (no holder named "we")', () => {
  assert.strictEqual(holderOf('"We got 58 percent of the vote," campaign officials said on Monday.', '58'), null);
});
