const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const engine = require('../../dist/engine.js');

function attributions(text, entities = []) {
  const { prepared } = engine.prepare(text);
  return engine.recognizeAttributions(prepared, entities).map(a => ({
    source: a.source.text, id: a.source.id, name: a.source.name, cue: a.cue.text,
    content: text.slice(a.content.start, a.content.end), via: a.via,
  }));
}

test('quote followed by "X said" and pronouns pointing back', () => {
  const text = 'Officials met on Monday.\n\nMaria Lopez, the mayor of Riverton, said that 300 homes were flooded.\n\n' +
    '"We expect the river to crest tonight," she added.';
  const a = attributions(text);
  assert.strictEqual(a.length, 2);
  assert.strictEqual(a[0].id, 'person:maria-lopez');
  assert.strictEqual(a[0].content, '300 homes were flooded');
  assert.strictEqual(a[1].source, 'she');
  assert.strictEqual(a[1].id, 'person:maria-lopez');
  assert.strictEqual(a[1].content, 'We expect the river to crest tonight');
});

test('inverted cue after a multi-sentence quote, and surname linking', () => {
  const text = 'Chief economist Tom Reyes spoke to investors.\n\n"Sales rose 4 percent. Margins held," said Reyes.';
  const a = attributions(text);
  assert.strictEqual(a.length, 1);
  assert.strictEqual(a[0].cue, 'said');
  assert.strictEqual(a[0].content, 'Sales rose 4 percent. Margins held');
});

test('according to X, citing Y: relay chain nearest first', () => {
  const text = 'Turnout reached 61 percent.\n\nAccording to Daily Wire, citing AFP, this was reported by the Central Election Commission.';
  const a = attributions(text);
  assert.strictEqual(a.length, 1);
  assert.strictEqual(a[0].id, 'organization:central-election-commission');
  assert.deepStrictEqual(a[0].via, ['organization:afp', 'organization:daily-wire']);
  assert.strictEqual(a[0].content, 'Turnout reached 61 percent');
});

test('according to at the end, in the middle and with a pronoun', () => {
  const a = attributions('The outbreak infected 1,200 people, according to the Health Ministry.');
  assert.strictEqual(a[0].content, 'The outbreak infected 1,200 people');
  assert.strictEqual(a[0].id, 'organization:health-ministry');
  const b = attributions('Cases, according to local doctors, doubled in a week.');
  assert.strictEqual(b[0].id, 'source:local-doctors');
  assert.ok(b[0].content.includes('doubled in a week'));
});

test('post-cue content, "it" and "the ministry" resolve to the organization', () => {
  const text = 'The Finance Ministry said revenue fell by a third. Spending will be cut, it said. ' +
    'The ministry believes that growth will return next year.';
  const a = attributions(text);
  assert.strictEqual(a.length, 3);
  for (const x of a) assert.strictEqual(x.id, 'organization:finance-ministry');
  assert.strictEqual(a[1].content, 'Spending will be cut');
});

test('no source, passive and non-cue verbs give nothing', () => {
  for (const t of ['It became known that the plant closed.', 'The offensive is believed to have started.',
    'There are reports that the dam failed.', 'Despite the reported losses, troops advanced.',
    'The company maintained a similar level of output.']) {
    assert.deepStrictEqual(attributions(t), [], t);
  }
});

test('citing after the cue makes the cited party the source', () => {
  const a = attributions('Prices rose 3 percent, the news site Finweek reported, citing data from StatBureau.');
  assert.strictEqual(a[0].source, 'StatBureau');
  assert.deepStrictEqual(a[0].via, ['organization:finweek']);
});

test('headline with a source after a dash', () => {
  const a = attributions('Floods will worsen by Friday - National Weather Service\n\nRain fell all night.');
  assert.strictEqual(a.length, 1);
  assert.strictEqual(a[0].content, 'Floods will worsen by Friday');
  assert.strictEqual(a[0].name, 'National Weather Service');
});

test('entity mentions give canonical ids', () => {
  const text = 'Zelenskyy said the front was stable. Later he added that reserves had arrived.';
  const start = 0;
  const entities = [{ start, end: 9, text: 'Zelenskyy', kind: 'person', id: 'person:volodymyr-zelensky', name: 'Volodymyr Zelensky' }];
  const a = attributions(text, entities);
  assert.strictEqual(a.length, 2);
  assert.strictEqual(a[0].id, 'person:volodymyr-zelensky');
  assert.strictEqual(a[0].name, 'Volodymyr Zelensky');
  assert.strictEqual(a[1].id, 'person:volodymyr-zelensky');
});

test('pronoun resolves to an entity when no source came before', () => {
  const text = 'Acme Corp posted results on Tuesday. It said profit doubled.';
  const entities = [{ start: 0, end: 9, text: 'Acme Corp', kind: 'organization', id: 'organization:acme', name: 'Acme' }];
  const a = attributions(text, entities);
  assert.strictEqual(a.length, 1);
  assert.strictEqual(a[0].id, 'organization:acme');
});

test('seeds: offsets are exact and some attributions are found in each', () => {
  const dir = path.join(__dirname, '../../seeds');
  for (const f of fs.readdirSync(dir)) {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    const { prepared } = engine.prepare(text);
    const atts = engine.recognizeAttributions(prepared, []);
    assert.ok(atts.length >= 5, f);
    for (const a of atts) {
      assert.strictEqual(text.slice(a.source.start, a.source.end), a.source.text);
      assert.strictEqual(text.slice(a.cue.start, a.cue.end), a.cue.text);
      assert.ok(a.content.end > a.content.start);
    }
  }
});

// Speed is measured by npm run bench; here adversarial input must finish (the timeout turns a hang into a failure)
// with spans that point into the text.
test('adversarial input finishes with spans inside the text', { timeout: 120_000 }, () => {
  for (const text of ['said, '.repeat(100000), '"a," said '.repeat(50000), 'According to '.repeat(60000),
    'Aa '.repeat(200000), '1,'.repeat(300000)]) {
    const { prepared } = engine.prepare(text);
    for (const a of engine.recognizeAttributions(prepared, [])) {
      assert.strictEqual(text.slice(a.cue.start, a.cue.end), a.cue.text);
      assert.ok(a.source.end <= text.length && a.content.end <= text.length);
    }
  }
});
