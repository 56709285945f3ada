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

// A period named in two parts and a count of months back from a date: "the April to June quarter" is April to June,
// "the past three months to the end of August" is June to August (not three months back from the report's day).
const timeOf = (body, text, published = '2022-09-23') => {
  const claim = claimAt(claimsOf([report('a', body, published)], 'r/a.txt'), text);
  assert.ok(claim, `claim ${text} read`);
  return claim;
};

test('"the April to June quarter": a month joined to a quarter re-read from its last month is the whole quarter', () => {
  const claim = timeOf('Korvia\'s economy shrank 3.2 per cent in the April to June quarter, the statistics office said.', '3.2 per cent');
  assert.deepStrictEqual([claim.time.from, claim.time.to], ['2022-04-01', '2022-06-30']);
});

test('"the past three months to the end of July" counts back from the date after "to"', () => {
  const claim = timeOf('Industrial output fell by 6.1% in the past three months to the end of July, officials said.', '6.1%');
  assert.deepStrictEqual([claim.time.from, claim.time.to], ['2022-05-01', '2022-07-31']);
});

test('a subject noun and its verb are one phrase across auxiliaries: "the economy had contracted" is growth', () => {
  const claim = timeOf('Figures released this month showed that Korvia\'s economy had contracted by 3.9% over the year.', '3.9%');
  assert.strictEqual(claim.measure.event, 'growth');
});
