// Round 21, dev15a (issue 10): a figure in the "when" clause a background date opens ("the largest rally since a protest
// in 1995, when 300,000 people marched") tells of that past event, so the date is its own. Every report here is invented.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

function report(name, body, published = '2024-03-11') {
  return { path: `r/${name}.txt`, text: `---\ntitle: Harbour rally\noutlet: Outlet ${name}\npublished: ${published}\n---\n${body}\n` };
}
const claimsOf = (inputs, path) => engine.analyzeCorpus(inputs).documents.find(d => d.path === path).claims;
const claimAt = (claims, text) => claims.find(c => c.quantity.text === text);

test('a figure in the "when" clause after a "since ... in YEAR" yardstick holds in that year', () => {
  const inputs = [report('a', 'Organisers said it was the largest rally in Valport since a protest in 1995, when 300,000 people marched '
    + 'against the port reform. About 80,000 people joined the rally on Sunday.')];
  const claims = claimsOf(inputs, 'r/a.txt');
  const past = claimAt(claims, '300,000 people');
  assert.ok(past, JSON.stringify(claims.map(c => c.quantity.text)));
  assert.strictEqual(past.time.from, '1995-01-01', JSON.stringify(past.time));
  assert.strictEqual(past.time.to, '1995-12-31', JSON.stringify(past.time));
});

test('a "when" clause after a named year lets two reports of that past crowd be compared', () => {
  const inputs = [
    report('a', 'It was the biggest crowd in Valport since a march in 1995, when 300,000 people took to the streets.'),
    report('b', 'In 1995, police said, 120,000 people marched in Valport against the port reform.'),
  ];
  const result = engine.analyzeCorpus(inputs);
  const past = result.documents.find(d => d.path === 'r/a.txt').claims.find(c => c.quantity.text === '300,000 people');
  assert.ok(past, 'claim read');
  const pair = result.contradictions.find(c => c.a.claim === past.id || c.b.claim === past.id);
  assert.ok(pair, JSON.stringify(result.contradictions));
});

test('the yardstick date alone still dates no figure outside its "when" clause', () => {
  const inputs = [report('a', 'About 80,000 people marched in Valport on Sunday, the largest rally since a protest in 1995, when the reform passed.')];
  const claim = claimAt(claimsOf(inputs, 'r/a.txt'), 'About 80,000 people');
  assert.ok(claim, 'claim read');
  assert.notStrictEqual(claim.time.from, '1995-01-01', JSON.stringify(claim.time));
});
