// Entity rules that must hold on unseen reports: kinds from context, recurring names, split names, bracket names,
// all-caps labels, named events, outlets in outlet position and false alarms. Texts are written for these tests.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

const ents = text => engine.recognizeEntities(engine.prepare(text).prepared, {});
const find = (list, text) => list.find(e => e.text === text);
const all = (list, text) => list.filter(e => e.text === text);

test('unknown multi-word names take their kind from context', () => {
  const e = ents('Shares in Minera Andina fell 3%. Analysts at Morgan Stanley cut targets. Peru\'s energy minister, Rosa Quispe, '
    + 'said the Cerro Verde mine was safe. Displaced families reached the Huaycoloro camp and Yonaguni island.\nBy Kimberly Joseph');
  assert.strictEqual(find(e, 'Minera Andina').kind, 'organization');
  assert.strictEqual(find(e, 'Morgan Stanley').kind, 'organization');
  assert.strictEqual(find(e, 'Rosa Quispe').kind, 'person');
  assert.strictEqual(find(e, 'Cerro Verde').kind, 'place');
  assert.strictEqual(find(e, 'Huaycoloro').kind, 'place');
  assert.strictEqual(find(e, 'Yonaguni').kind, 'place');
  assert.strictEqual(find(e, 'Kimberly Joseph').kind, 'person');
});

test('a one-word gazetteer hit gives way to a person context and to a surname of the report', () => {
  const e = ents('The energy minister, Aurora Williams, visited. "We are ready," Williams told reporters.');
  assert.strictEqual(find(e, 'Aurora Williams').kind, 'person');
  assert.ok(all(e, 'Williams').every(x => x.id === 'person:aurora-williams'));
});

test('a recurring company named once with a clear cue is an organization everywhere', () => {
  const e = ents('The state miner Petroandes halted work. Petroandes said output fell. Later, officials said Petroandes would pay. '
    + 'Petroandes shares slid.');
  const m = all(e, 'Petroandes');
  assert.strictEqual(m.length, 4);
  assert.ok(m.every(x => x.id === 'organization:petroandes'), JSON.stringify(m));
});

test('unknown recurring capitalized words and acronyms used as sources', () => {
  const e = ents('According to CRISMON, fighting spread. Aid groups said the Velmora militia attacked. Velmora fighters withdrew.');
  assert.strictEqual(find(e, 'CRISMON').kind, 'organization');
  assert.strictEqual(all(e, 'Velmora').length, 2);
  const n = ents('Revenue rose to NOK 4.2 billion from NOK 3.9 billion.');
  assert.ok(!find(n, 'NOK'));
});

test('names with particles and hyphens stay whole', () => {
  const e = ents('Ursula von der Leyen met Abdel Rahman al-Mansour and Lai Ching-te. Von der Leyen said aid would flow. '
    + 'Convoys reached Deir el-Balah and Khan Younis.');
  assert.strictEqual(find(e, 'Abdel Rahman al-Mansour').kind, 'person');
  assert.strictEqual(find(e, 'Lai Ching-te').id, 'person:lai-ching-te');
  assert.strictEqual(find(e, 'Von der Leyen').id, find(e, 'Ursula von der Leyen').id);
  assert.strictEqual(find(e, 'Deir el-Balah').kind, 'place');
  assert.strictEqual(find(e, 'Khan Younis').kind, 'place');
});

test('names introduced in brackets name the same entity later, whatever their shape', () => {
  const e = ents('The Ministry of Health (MoH) in Gaza reported 20 deaths. The MoH said more. The National Electricity Company '
    + '(Lumera) cut power. Lumera said repairs would take a week.');
  const moh = all(e, 'MoH');
  assert.strictEqual(moh.length, 2);
  assert.ok(moh.every(x => x.id === find(e, 'Ministry of Health').id));
  assert.strictEqual(find(e, 'Ministry of Health').id, 'organization:ministry-of-health-gaza');
  assert.ok(all(e, 'Lumera').every(x => x.kind === 'organization'));
});

test('all-caps labels, small states and multi-word countries', () => {
  const e = ents('BURKINA FASO. Troops moved.\nLIMA, Peru (Reuters) - Aid came from Trinidad and Tobago, St. Kitts and Nevis and '
    + 'Barbados. Two died in Grenada.');
  assert.strictEqual(find(e, 'BURKINA FASO').kind, 'country');
  assert.strictEqual(find(e, 'LIMA').kind, 'place');
  assert.strictEqual(find(e, 'Trinidad and Tobago').kind, 'country');
  assert.strictEqual(find(e, 'St. Kitts and Nevis').kind, 'country');
  assert.strictEqual(find(e, 'Barbados').kind, 'country');
  assert.strictEqual(find(e, 'Grenada').kind, 'country');
});

test('named storms, operations, code names and plans are other; a storm\'s bare name links back', () => {
  const e = ents('Hurricane Otis hit the coast. Otis killed 48 people. The army launched Operation Iron Shield and the drill '
    + 'Northern Shield-2023B, with a Bayraktar TB2 overhead. Ministers debated the Stability and Growth Pact.');
  assert.strictEqual(find(e, 'Hurricane Otis').kind, 'other');
  assert.strictEqual(find(e, 'Otis').id, find(e, 'Hurricane Otis').id);
  assert.strictEqual(find(e, 'Operation Iron Shield').kind, 'other');
  assert.strictEqual(find(e, 'Northern Shield-2023B').kind, 'other');
  assert.strictEqual(find(e, 'Bayraktar TB2').kind, 'other');
  assert.strictEqual(find(e, 'Stability and Growth Pact').kind, 'other');
});

test('place names in outlet position are the outlet', () => {
  const e = ents('According to the Mekong, citing local sources, the dam broke. A farmer told the Mekong that water rose.');
  assert.ok(all(e, 'Mekong').every(x => x.kind === 'outlet' && x.id === 'outlet:the-mekong'), JSON.stringify(e));
});

test('false alarms: form labels, languages, currency prefixes, e-mail domains, numbers before names', () => {
  const e = ents('Date of issue: 3 June 2025. Translated from French. The cost could exceed US$150 million. '
    + 'Contact: info@relief.example.org. Fourteen PLA Navy vessels sailed.');
  assert.ok(!find(e, 'Date'));
  assert.ok(!find(e, 'French'));
  assert.ok(!find(e, 'US'));
  assert.ok(!e.some(x => x.kind === 'outlet'));
  assert.ok(!e.some(x => x.text.startsWith('Fourteen')));
});

test('a body named alone takes its country as a suffix; a demonym in the name keeps the demonym form', () => {
  const e = ents('Chile\'s Ministry of Mining said output fell. The Estonian Ministry of Defence agreed.');
  assert.strictEqual(find(e, 'Ministry of Mining').id, 'organization:ministry-of-mining-chile');
  assert.strictEqual(find(e, 'Estonian Ministry of Defence').id, 'organization:estonian-ministry-of-defence');
});

test('the company as a source links to the company named before', () => {
  const e = ents('Shares in Minera Andina fell. The company said in a statement that work resumed.');
  assert.strictEqual(find(e, 'company').id, 'organization:minera-andina');
});

test('outlet from an all-caps masthead, a channel header or a forwarded line; navigation is not an outlet', () => {
  const outlet = t => engine.analyzeText('x.txt', t).outlet;
  assert.strictEqual(outlet('THE HARBOUR GAZETTE\nHome | News | Sport\nST. JOHN\'S — Rain fell on Monday.\n'), 'The Harbour Gazette');
  assert.strictEqual(outlet('DELTA WATCH | Evening digest\n12.06.2025\nTroops moved.\n'), 'Delta Watch');
  assert.strictEqual(outlet('Forwarded from Delta Watch FR\nTroops moved.\n'), 'Delta Watch');
  assert.strictEqual(outlet('HOME | NEWS\nSome text here.\n'), null);
});
