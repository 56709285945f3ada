// Claims from hand-made analyses: measure, modality, derived figures, scope, time, attribution and stable ids.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

/** Builds an analysis of `text` whose recognizer output is given by phrases (found by their first occurrence). */
function analyze(text, o = {}) {
  const { prepared } = engine.prepare(text);
  const at = (phrase, from = 0) => {
    const start = text.indexOf(phrase, from);
    assert.ok(start >= 0, `phrase not found: ${phrase}`);
    return { start, end: start + phrase.length, text: phrase };
  };
  const quantities = (o.quantities ?? []).map(([phrase, unit, low, high = low, hedge = low === high ? 'exact' : 'range']) =>
    ({ ...at(phrase), unit, low, high, value: low === high ? low : null, hedge, noun: null }));
  const dates = (o.dates ?? []).map(([phrase, from, to = from]) => ({ ...at(phrase), from, to }));
  const entities = (o.entities ?? []).map(([phrase, kind, id]) => ({ ...at(phrase), kind, id, name: phrase }));
  const attributions = (o.attributions ?? []).map(([source, id, cue, content]) => ({
    source: { ...at(source), id, name: source }, cue: at(cue), content: { start: at(content).start, end: at(content).end }, via: [],
  }));
  const partial = { path: o.path ?? 'r.txt', published: o.published ?? null, outlet: null, title: null, entities, quantities, dates,
    attributions, warnings: [] };
  return engine.extractClaims(prepared, partial);
}
const byFigure = (claims, text) => claims.find(c => c.quantity.text === text);

test('measure: unit synonyms and the event word nearest the figure', () => {
  const claims = analyze('In response, Moscow later mobilized 50,000 troops, including around 10,000 North Korean soldiers, for a counteroffensive.', {
    quantities: [['50,000 troops', 'troop', 50000], ['around 10,000 North Korean soldiers', 'soldier', 9000, 11000, 'approximate']],
    entities: [['Moscow', 'place', 'place:moscow'], ['North Korean', 'nationality', 'nationality:north-korean']],
  });
  assert.strictEqual(byFigure(claims, '50,000 troops').measure.key, 'soldier|deployed');
  const nk = byFigure(claims, 'around 10,000 North Korean soldiers');
  assert.strictEqual(nk.measure.key, 'soldier|deployed');
  assert.ok(nk.scope.includes('nationality:north-korean'));
  const assault = analyze('Last month 400-500 North Korean soldiers launched an attack on Ukrainian positions.', {
    quantities: [['400-500 North Korean soldiers', 'soldier', 400, 500]],
  });
  assert.strictEqual(assault[0].measure.key, 'soldier|assault');
  const losses = analyze('Several thousand soldiers have already been killed or wounded.', { quantities: [['Several thousand', 'soldier', 2000, 9999, 'vague']] });
  assert.strictEqual(losses[0].measure.event, 'losses');
  const km = analyze('The village lies roughly 15 kilometers from the border.', { quantities: [['roughly 15 kilometers', 'km', 13.5, 16.5, 'approximate']] });
  assert.strictEqual(km[0].measure.event, 'distance');
  assert.deepStrictEqual(km[0].time, { from: null, to: null });
});

test('modality: conditionals, forecasts and possibilities; a past relative clause inside a conditional asserts', () => {
  const rel = analyze('If Ukrainian troops withdraw from the region, the 60,000 soldiers that the aggressor country has stationed there will go to Ukraine.', {
    quantities: [['60,000 soldiers', 'soldier', 60000]],
  });
  assert.strictEqual(rel[0].modality, 'asserted');
  assert.strictEqual(rel[0].measure.event, 'deployed');
  const cond = analyze('Officials warned that the death toll could rise to 40 if the dam fails.', { quantities: [['40', '', 40]] });
  assert.strictEqual(cond[0].modality, 'conditional');
  const fc = analyze('The company will cut 1,200 jobs this year.', { quantities: [['1,200 jobs', 'job', 1200]] });
  assert.strictEqual(fc[0].modality, 'forecast');
  assert.strictEqual(fc[0].measure.key, 'job|cut');
  const may = analyze('The strike may have killed 30 people.', { quantities: [['30 people', 'person', 30]] });
  assert.strictEqual(may[0].modality, 'possibility');
  const month = analyze('The company reported revenue of 4 million dollars on Thursday, May 2.', { quantities: [['4 million dollars', 'usd', 4e6]] });
  assert.strictEqual(month[0].modality, 'asserted');
});

test('partitives and "the rest": 12 of which still ongoing; 44 - 35 = 9 ongoing, derived', () => {
  const a = analyze('Late on Sunday, the General Staff said it had recorded 42 armed clashes in the region, 12 of which were still ongoing.', {
    quantities: [['42 armed clashes', 'clash', 42], ['12', '', 12]],
  });
  assert.strictEqual(byFigure(a, '42 armed clashes').measure.key, 'clash|recorded');
  assert.strictEqual(byFigure(a, '12').measure.key, 'clash|ongoing');
  const b = analyze('It was revealed that out of the 44 known combat clashes, 35 have been resolved, while the rest are still ongoing.', {
    quantities: [['44 known combat clashes', 'clash', 44], ['35', '', 35]],
  });
  assert.strictEqual(byFigure(b, '35').measure.key, 'clash|resolved');
  const rest = b.find(c => c.derived);
  assert.ok(rest);
  assert.strictEqual(rest.measure.key, 'clash|ongoing');
  assert.strictEqual(rest.low, 9);
  assert.strictEqual(rest.high, 9);
});

test('time: a date in the sentence, else earlier in the paragraph, else the story\'s first date, else the publication date', () => {
  const text = 'On Monday, September 16, the mayor said 31 people had died. Rescuers found 4 more bodies.\n\nAbout 300 residents were evacuated.';
  const claims = analyze(text, {
    published: '2024-09-17',
    quantities: [['31 people', 'person', 31], ['4 more bodies', 'body', 4], ['About 300 residents', 'resident', 270, 330, 'approximate']],
    dates: [['Monday, September 16', '2024-09-16']],
  });
  assert.strictEqual(byFigure(claims, '31 people').time.from, '2024-09-16');
  assert.strictEqual(byFigure(claims, '4 more bodies').time.from, '2024-09-16');
  // The lede's date frames later paragraphs that name none.
  assert.strictEqual(byFigure(claims, 'About 300 residents').time.from, '2024-09-16');
  const undated = analyze('About 300 residents were evacuated.', { published: '2024-09-17',
    quantities: [['About 300 residents', 'resident', 270, 330, 'approximate']] });
  assert.strictEqual(byFigure(undated, 'About 300 residents').time.from, '2024-09-17');
  // "said on Monday" dates the statement; the storm's Sunday frames the count.
  const spoken = analyze('The storm hit on Sunday.\n\n12 people were killed, the agency said on Monday.', {
    quantities: [['12 people', 'person', 12]], dates: [['Sunday', '2024-10-06'], ['Monday', '2024-10-07']] });
  assert.strictEqual(byFigure(spoken, '12 people').time.from, '2024-10-06');
  assert.strictEqual(byFigure(claims, 'About 300 residents').measure.key, 'person|evacuated');
});

test('scope: places and groups without the source; "in the region" points back to the place named before', () => {
  const text = 'Fighting resumed in Kursk Oblast. Late on Sunday, the General Staff in Kyiv said it had recorded 42 clashes in the region.';
  const claims = analyze(text, {
    quantities: [['42 clashes', 'clash', 42]],
    entities: [['Kursk Oblast', 'place', 'place:kursk-oblast'], ['General Staff', 'organization', 'organization:general-staff'], ['Kyiv', 'place', 'place:kyiv']],
    attributions: [['General Staff', 'organization:general-staff', 'said', 'it had recorded 42 clashes in the region']],
  });
  assert.deepStrictEqual(claims[0].scope, ['place:kursk-oblast']);
  assert.deepStrictEqual(claims[0].source, { id: 'organization:general-staff', name: 'General Staff' });
});

test('ids are stable across runs and differ between figures', () => {
  const run = () => analyze('Floods killed 23 people and 140 residents were evacuated.', {
    quantities: [['23 people', 'person', 23], ['140 residents', 'resident', 140]],
  });
  const [a, b] = [run(), run()];
  assert.deepStrictEqual(a.map(c => c.id), b.map(c => c.id));
  assert.notStrictEqual(a[0].id, a[1].id);
  assert.strictEqual(a[0].measure.key, 'person|killed');
  assert.strictEqual(a[1].measure.key, 'person|evacuated');
});

test('many figures stay fast (linear in the number of figures)', () => {
  const sentence = 'Officials said 12 people were killed in the floods. ';
  const text = sentence.repeat(5000);
  const { prepared } = engine.prepare(text);
  const quantities = [];
  for (let i = 0; i < 5000; i++) {
    const start = i * sentence.length + sentence.indexOf('12');
    quantities.push({ start, end: start + 9, text: '12 people', unit: 'person', low: 12, high: 12, value: 12, hedge: 'exact', noun: null });
  }
  const claims = engine.extractClaims(prepared, { path: 'big.txt', published: null, outlet: null, title: null, entities: [], quantities,
    dates: [], attributions: [], warnings: [] });
  assert.strictEqual(claims.length, 5000);
});

test('a running total "since January" is dated when it is stated: totals that grow between reports do not contradict', () => {
  const doc = (p, published, n) => engine.analyzeText(p, `Published ${published}\n\nSince January, ${n} civilians have been killed in Odesa, the regional governor said.\n`);
  const [a, b, c] = [doc('a.txt', '2025-03-10', 40), doc('b.txt', '2025-03-14', 52), doc('c.txt', '2025-03-14', 40)];
  assert.deepStrictEqual([a.claims[0].time.from, a.claims[0].time.to], ['2025-03-10', '2025-03-10']);
  assert.strictEqual(engine.checkDocuments([a, b]).length, 0);
  // The same day, the same total cannot be both 40 and 52.
  assert.strictEqual(engine.checkDocuments([b, c]).filter(x => x.severity === 'clear').length, 1);
});
