// Issue 11, round 21: attribution cue classes from the PolNeAR training split (measured on train, confirmed on dev), one
// test per class, with invented sentences of the same shapes (none copied from the data).
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

/** "source|cue" of every attribution, the unsourced ones included (their source is empty). */
function pairs(text) {
  const a = engine.analyzeText('x.txt', `The day began.\n\n${text}`);
  return [...a.attributions, ...(a.unsourced ?? [])].map(x => `${x.source.text}|${x.cue.text}`);
}

test('a saying retold inside another speaker\'s quotation is part of the quotation, even with a named source', () => {
  assert.deepStrictEqual(pairs('“Mayor Tanaka told us in March that the plant would stay open,” the union leader said.'),
    ['the union leader|said']);
  assert.deepStrictEqual(pairs('“The FBI said there was nothing to see,” Daniel Okafor said on Tuesday.'), ['Daniel Okafor|said']);
  // A named source's stance or demand inside the quotation is still read.
  assert.deepStrictEqual(pairs('“Lopez demands a recount in the northern district,” Ana Ruiz wrote on Monday.'),
    ['Lopez|demands', 'Ana Ruiz|wrote']);
});

test('a speech verb no frame read still reports outside quotations ("said — on the radio — that", "wrote to the ministry")', () => {
  // Round 24: the short subject right before the cue is its source.
  assert.deepStrictEqual(pairs('His campaign manager Dana Wills said — on the radio, as it happens — that the tour raised $2 million.'),
    ['Dana Wills|said']);
  assert.deepStrictEqual(pairs('Many farmers wrote to the ministry about the new water rules.'), ['Many farmers|wrote']);
  // What was said as a thing talked about is no report.
  assert.deepStrictEqual(pairs('It contradicted what the mayor and her deputy said about the budget last spring.'), ['It|contradicted']);
  assert.deepStrictEqual(pairs('Her critics repeated the lines for weeks after she said them on the radio.'), []);
});

test('"referred to X as Y" is a stance of its subject; the passive of sending is not', () => {
  assert.deepStrictEqual(pairs('At the rally, the governor referred to her rival as “a tired insider” and left early.'),
    ['the governor|referred to']);
  assert.deepStrictEqual(pairs('The senator refers to the port authority by an old nickname.'), ['The senator|refers to']);
  assert.deepStrictEqual(pairs('The complaint was referred to the ethics office in July.'), []);
});

test('"according to" a document or book no source phrase reads still reports its clause, with no named source', () => {
  assert.deepStrictEqual(pairs('The bridge would cost about $2 billion, according to the “Rebuild the Delta” plan the mayor unveiled.'),
    ['|according to']);
  assert.deepStrictEqual(pairs('According to “A City Under Water,” a history by Ana Ruiz, the levee failed twice.'), ['|According to']);
});
