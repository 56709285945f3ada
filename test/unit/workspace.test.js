// The engine's Workspace: whatever sequence of edits led to the current texts, its check equals a fresh check of them.
const test = require('node:test');
const assert = require('node:assert');
const fc = require('fast-check');
const engine = require('../../dist/engine.js');

const QUOTE = '"We will not leave the city until every family has been moved to safety and the water has gone down,"';
const OTHER = '"The bridge on the northern road stays closed until engineers have inspected every pillar of it,"';
// Sentences that give the check something to read: figures for one count, places and countries (the setting),
// long quotes given to different people (attributions), full names and surnames alone (entity links).
const SENTENCES = [
  'Police in Coimbra said on Friday that 27 people died in the floods.',
  'The regional emergency service said 23 people were killed in Coimbra.',
  'Around 150 people were evacuated from the town, according to the fire brigade.',
  'About 300 people were evacuated from Coimbra on Friday.',
  'Spain sent rescuers.',
  'Italy sent rescuers.',
  `${QUOTE} Mayor Anna Keller said on Friday.`,
  `${QUOTE} fire chief Tomas Berg said on Friday.`,
  `${OTHER} Kiviselg said.`,
  'Colonel Kiviselg said 31 people died in Coimbra.',
  'Ants Kiviselg visited the town on Friday.',
];
const CORRECTIONS = [
  [],
  [{ kind: 'renameEntity', id: 'person:anna-keller', name: 'Mayor Keller' }],
  [{ kind: 'spelling', spelling: 'Berg', name: 'Tomas Berg', entityKind: 'person' }],
];
const PATHS = ['a.txt', 'b.txt', 'c.txt', 'd.txt'];

const text = fc.tuple(fc.constantFrom('2024-09-13', '2024-09-14'), fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 4 }))
  .map(([day, s]) => `---\npublished: ${day}\n---\n${s.join('\n')}\n`);
const op = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('set'), path: fc.constantFrom(...PATHS), text }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove'), path: fc.constantFrom(...PATHS) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('check') }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('correct'), which: fc.nat(CORRECTIONS.length - 1) }) },
);

const memo = new Map();
const analysis = (path, t) => {
  const k = `${path}\u0000${t}`;
  if (!memo.has(k)) memo.set(k, engine.analyzeText(path, t));
  return memo.get(k);
};

test('any sequence of set, change, remove and check, then check, equals a fresh check of the final texts', () => {
  fc.assert(
    fc.property(fc.array(op, { maxLength: 12 }), ops => {
      const ws = new engine.Workspace();
      let corrections = [];
      for (const o of ops) {
        if (o.kind === 'set') ws.set(o.path, o.text, analysis(o.path, o.text));
        else if (o.kind === 'remove') ws.remove(o.path);
        else if (o.kind === 'correct') ws.setCorrections((corrections = CORRECTIONS[o.which]));
        else ws.check();
      }
      ws.setCorrections(corrections);
      const result = ws.check();
      const reports = [...ws.reports()];
      const fresh = engine.analyzeCorpus(reports.map(r => ({ path: r.path, text: r.text })), corrections);
      assert.deepStrictEqual(result.contradictions, fresh.contradictions);
      assert.deepStrictEqual(reports.map(r => r.analysis.claims), fresh.documents.map(d => d.claims));
      assert.deepStrictEqual(reports.map(r => r.analysis.entities), fresh.documents.map(d => d.entities));
      assert.deepStrictEqual(reports.map(r => r.analysis), fresh.documents);
    }),
    { numRuns: 150 },
  );
});

test('an edit re-checks only the reports whose checked input changed', () => {
  const ws = new engine.Workspace();
  const t = s => `---\npublished: 2024-09-14\n---\n${s}\n`;
  ws.set('a.txt', t(SENTENCES[0]));
  ws.set('b.txt', t(SENTENCES[1]));
  ws.set('c.txt', t(SENTENCES[2]));
  assert.strictEqual(ws.check().rechecked, 3);
  assert.strictEqual(ws.check().rechecked, 0);
  ws.set('b.txt', t(`${SENTENCES[1]} ${SENTENCES[4]}`));
  assert.strictEqual(ws.check().rechecked, 1);
  // A full name in one report links the surname alone in another: both reports' ids move, so both are re-checked.
  ws.set('a.txt', t(SENTENCES[9]));
  ws.check();
  ws.set('d.txt', t(SENTENCES[10]));
  const r = ws.check();
  assert.strictEqual(r.rechecked, 2);
  assert.ok(ws.get('a.txt').analysis.entities.some(e => e.id === 'person:ants-kiviselg'));
});

test('links follow the people a report names: an edit or a removal that drops a full name unlinks the surname alone', () => {
  const t = s => `---\npublished: 2024-09-14\n---\n${s}\n`;
  const ws = new engine.Workspace();
  ws.set('a.txt', t('Colonel Berglund said 31 people died in the town.'));
  ws.set('b.txt', t('Maria Berglund visited the town on Friday.'));
  ws.set('c.txt', t('About 300 people were evacuated on Friday.'));
  ws.check();
  const idsIn = path => ws.get(path).analysis.entities.filter(e => e.kind === 'person').map(e => e.id);
  assert.deepStrictEqual(idsIn('a.txt'), ['person:maria-berglund']);
  // An edit naming no one keeps the links; one that drops the full name, or removing its report, undoes them.
  ws.set('c.txt', t('About 400 people were evacuated on Friday.'));
  ws.check();
  assert.deepStrictEqual(idsIn('a.txt'), ['person:maria-berglund']);
  ws.set('b.txt', t('A nurse visited the town on Friday.'));
  ws.check();
  assert.deepStrictEqual(idsIn('a.txt'), ['person:berglund']);
  ws.set('b.txt', t('Maria Berglund visited the town on Friday.'));
  ws.check();
  assert.deepStrictEqual(idsIn('a.txt'), ['person:maria-berglund']);
  ws.remove('b.txt');
  ws.check();
  assert.deepStrictEqual(idsIn('a.txt'), ['person:berglund']);
});

test('attribution findings follow edits: kept when a report\'s quotes are unchanged, moved with their offsets, dropped with the quote', () => {
  const t = s => `---\npublished: 2024-09-14\n---\n${s}\n`;
  const ws = new engine.Workspace();
  const texts = new Map();
  const set = (p, s) => { texts.set(p, t(s)); ws.set(p, t(s)); };
  const same = () => {
    const mine = ws.check().contradictions;
    const fresh = engine.analyzeCorpus([...texts].map(([path, text]) => ({ path, text }))).contradictions;
    assert.deepStrictEqual(mine, fresh);
    return mine.filter(c => c.kind === 'attribution');
  };
  set('a.txt', `${QUOTE} Mayor Anna Keller said on Friday.`);
  set('b.txt', `Officials counted 12 boats. ${QUOTE} fire chief Tomas Berg said on Friday.`);
  set('c.txt', 'About 300 people were evacuated on Friday.');
  assert.strictEqual(same().length, 1);
  set('c.txt', 'About 400 people were evacuated on Friday.');
  assert.strictEqual(same().length, 1);
  set('b.txt', `Officials counted 1200 boats. ${QUOTE} fire chief Tomas Berg said on Friday.`);
  assert.strictEqual(same().length, 1);
  set('b.txt', `Officials counted 1200 boats. ${OTHER} fire chief Tomas Berg said on Friday.`);
  assert.strictEqual(same().length, 0);
  set('b.txt', `${QUOTE} fire chief Tomas Berg said on Friday.`);
  assert.strictEqual(same().length, 1);
  ws.remove('b.txt');
  texts.delete('b.txt');
  assert.strictEqual(same().length, 0);
});

test('a claim of unknown time is matched from both sides, and only by the dated claims it takes as candidates', () => {
  const dated = i => `---\npublished: 2024-09-14\n---\nOfficial ${i} said 27 people died in the floods in Coimbra on Friday.\n`;
  const build = n => {
    const ws = new engine.Workspace();
    ws.set('undated.txt', 'Rescuers said 23 people died in the floods in Coimbra.\n');
    for (let i = 0; i < n; i++) ws.set(`d${String(i).padStart(3, '0')}.txt`, dated(i));
    ws.check();
    const claim = p => ws.get(p).analysis.claims[0].id;
    const pairs = p => ws.matches(claim(p)).filter(m => m.claim.path === 'undated.txt').map(m => m.relation);
    return { pairs, fromUndated: new Set(ws.matches(claim('undated.txt')).map(m => m.claim.path)) };
  };
  const few = build(100);
  assert.deepStrictEqual(few.pairs('d000.txt'), ['contradicts']);
  assert.deepStrictEqual(few.pairs('d099.txt'), ['contradicts']);
  assert.strictEqual(few.fromUndated.size, 100);
  // More dated reports than an undated claim takes as candidates (256 for matches): the later ones never pair with it.
  const many = build(300);
  assert.deepStrictEqual(many.pairs('d299.txt'), []);
  assert.ok(many.fromUndated.has('d000.txt') && !many.fromUndated.has('d299.txt'));
});

test('matches speak one vocabulary: agrees/contradicts, independent/echo', () => {
  const ws = new engine.Workspace();
  ws.set('a.txt', '---\npublished: 2024-09-14\n---\nPolice said 27 people died in the floods in Coimbra on Friday.\n');
  ws.set('b.txt', '---\npublished: 2024-09-14\n---\nRescuers said 23 people died in the floods in Coimbra on Friday.\n');
  ws.set('c.txt', '---\npublished: 2024-09-14\n---\nThe mayor said 27 people died in the floods in Coimbra on Friday.\n');
  ws.check();
  const claim = ws.get('a.txt').analysis.claims[0];
  const m = ws.matches(claim.id);
  assert.deepStrictEqual(m.map(x => x.relation).sort(), ['agrees', 'contradicts']);
  assert.ok(m.every(x => x.independence === 'independent'));
  assert.strictEqual(ws.claim(claim.id).path, 'a.txt');
});
