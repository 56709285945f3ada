// The quantity recognizer: figures, hedges, units, counted nouns, and what is not a quantity.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const engine = require('../../dist/engine.js');

function quantities(text, dates = []) {
  const { prepared } = engine.prepare(text);
  return engine.recognizeQuantities(prepared, dates);
}
/** Compact view: "text|low|high|unit|hedge". */
function brief(text, dates) {
  return quantities(text, dates).map(q => `${q.text}|${q.low}|${q.high}|${q.unit}|${q.hedge}`);
}
function one(text) {
  const qs = quantities(text);
  assert.strictEqual(qs.length, 1, `expected one quantity in ${JSON.stringify(text)}, got ${JSON.stringify(qs.map(q => q.text))}`);
  return qs[0];
}
function seed(name) {
  return fs.readFileSync(path.join(__dirname, '../../seeds', name), 'utf8');
}

test('offsets are exact and spans cover hedge, number and noun', () => {
  const text = 'UK Defence Intelligence said North Korea had lost about 4,000 soldiers in the war.';
  const q = one(text);
  assert.strictEqual(q.text, 'about 4,000 soldiers');
  assert.strictEqual(text.slice(q.start, q.end), q.text);
  assert.deepStrictEqual([q.low, q.high, q.value, q.unit, q.hedge], [3600, 4400, 4000, 'soldier', 'approximate']);
  assert.strictEqual(q.noun.text, 'soldiers');
  assert.strictEqual(text.slice(q.noun.start, q.noun.end), 'soldiers');
});

test('hedges give the documented intervals', () => {
  const cases = [
    ['The storm destroyed 120 houses.', 120, 120, 'exact'],
    ['Roughly 120 houses were lost.', 108, 132, 'approximate'],
    ['Some 120 houses were lost.', 108, 132, 'approximate'],
    ['An estimated 120 houses were lost.', 108, 132, 'approximate'],
    ['Nearly 120 houses were lost.', 108, 120, 'nearly'],
    ['Just under 120 houses were lost.', 108, 120, 'nearly'],
    ['More than 120 houses were lost.', 120, null, 'over'],
    ['In excess of 120 houses were lost.', 120, null, 'over'],
    ['At least 120 houses were lost.', 120, null, 'at_least'],
    ['No fewer than 120 houses were lost.', 120, null, 'at_least'],
    ['Up to 120 houses were lost.', 0, 120, 'up_to'],
    ['As many as 120 houses were lost.', 0, 120, 'up_to'],
    ['Fewer than 120 houses were lost.', 0, 120, 'less_than'],
    ['120 houses or more were lost.', 120, null, 'at_least'],
    ['They lost 120 or more houses.', 120, null, 'at_least'],
  ];
  for (const [text, low, high, hedge] of cases) {
    const q = one(text);
    assert.deepStrictEqual([q.low, q.high, q.hedge, q.unit], [low, high, hedge, 'house'], text);
  }
});

test('ranges: dash, en dash, between, from-to, to, hedged', () => {
  assert.deepStrictEqual(brief('He said 400-500 North Korean soldiers attacked.'), ['400-500 North Korean soldiers|400|500|soldier|range']);
  assert.deepStrictEqual(brief('Some 400–500 troops were there.'), ['Some 400–500 troops|360|550|troop|approximate']);
  assert.deepStrictEqual(brief('The road lies between 15 and 20 kilometers away.'), ['between 15 and 20 kilometers|15|20|km|range']);
  assert.deepStrictEqual(brief('Shelters house from 10 to 12 families.'), ['from 10 to 12 families|10|12|family|range']);
  assert.deepStrictEqual(brief('Each shelter houses 15 to 20 families.'), ['15 to 20 families|15|20|family|range']);
  assert.deepStrictEqual(brief('Polls give them 1.5 to 2 million votes.'), ['1.5 to 2 million votes|1500000|2000000|vote|range']);
  // A change is two figures, not a range.
  const change = quantities('Cases rose from 10 to 12.');
  assert.deepStrictEqual(change.map(q => [q.value, q.unit]), [[10, 'case'], [12, 'case']]);
});

test('number words, scales and money', () => {
  assert.deepStrictEqual(brief('Forty-two firefighters and two hundred volunteers came.'), [
    'Forty-two firefighters|42|42|firefighter|exact', 'two hundred volunteers|200|200|volunteer|exact']);
  assert.deepStrictEqual(brief('About 1.5 million voters cast ballots.'), ['About 1.5 million voters|1350000|1650000|voter|approximate']);
  assert.deepStrictEqual(brief('A dozen firefighters helped.'), ['A dozen firefighters|12|12|firefighter|exact']);
  assert.deepStrictEqual(brief('The firm reported revenue of $2.5 billion and a loss of €3.4 billion.'), [
    '$2.5 billion|2500000000|2500000000|usd|exact', '€3.4 billion|3400000000|3400000000|eur|exact']);
  assert.deepStrictEqual(brief('It raised $2bn and £40m.'), ['$2bn|2000000000|2000000000|usd|exact', '£40m|40000000|40000000|gbp|exact']);
  assert.deepStrictEqual(brief('The grant was 20 million euros.'), ['20 million euros|20000000|20000000|eur|exact']);
  assert.deepStrictEqual(brief('Revenue of between NOK 16 billion and NOK 16.5 billion, up to NOK 800 million.'), [
    'between NOK 16 billion and NOK 16.5 billion|16000000000|16500000000|nok|range', 'up to NOK 800 million|0|800000000|nok|up_to']);
  assert.deepStrictEqual(brief('Try 5 times.'), ['5 times|5|5|times|exact']);
});

test('vague amounts', () => {
  assert.deepStrictEqual(brief('Several thousand North Korean soldiers were killed.'), ['Several thousand North Korean soldiers|2000|9999|soldier|vague']);
  assert.deepStrictEqual(brief('Despite the support of thousands of North Korean soldiers.'), ['thousands of North Korean soldiers|2000|9999|soldier|vague']);
  assert.deepStrictEqual(brief('Tens of thousands of protesters marched.'), ['Tens of thousands of protesters|10000|99999|protester|vague']);
  assert.deepStrictEqual(brief('Hundreds of thousands of people fled.'), ['Hundreds of thousands of people|100000|999999|person|vague']);
  assert.deepStrictEqual(brief('Dozens of homes flooded.'), ['Dozens of homes|24|99|home|vague']);
  assert.deepStrictEqual(brief('They attacked from several directions.'), ['several directions|3|9|direction|vague']);
  assert.deepStrictEqual(brief('A few volunteers stayed.'), ['A few volunteers|2|5|volunteer|vague']);
  // "several" with no noun is a determiner, not a figure.
  assert.deepStrictEqual(brief('Several said so.'), []);
  // A predicate figure counts the clause subject.
  const q = one('Losses among the troops have already reached several thousand.');
  assert.deepStrictEqual([q.low, q.high, q.unit, q.value], [2000, 9999, 'loss', null]);
});

test('fractions and percentages', () => {
  assert.deepStrictEqual(brief('The army still holds about half of the territory.'), ['about half of the territory|0.45|0.55|fraction|approximate']);
  assert.deepStrictEqual(brief('Drones were used in almost half of the missions.'), ['almost half of the missions|0.45|0.5|fraction|nearly']);
  assert.deepStrictEqual(brief('Two thirds of voters agreed.'), ['Two thirds of voters|0.6666666667|0.6666666667|fraction|exact']);
  assert.deepStrictEqual(brief('A third of the budget went to roads.'), ['A third of the budget|0.3333333333|0.3333333333|fraction|exact']);
  assert.deepStrictEqual(brief('Nearly 60 percent of the district is under water.'), ['Nearly 60 percent|54|60|percent|nearly']);
  assert.deepStrictEqual(brief('Turnout was 61.5 per cent, against 20% last time.'), [
    '61.5 per cent|61.5|61.5|percent|exact', '20%|20|20|percent|exact']);
  assert.deepStrictEqual(brief('This is his third attempt.'), []);
});

test('units: areas, distances, durations, rates, multiples', () => {
  assert.deepStrictEqual(brief('Troops seized approximately 25 sq km of territory.'), ['approximately 25 sq km|22.5|27.5|km2|approximate']);
  assert.deepStrictEqual(brief('Russia captured nearly 3,600 square kilometers.'), ['nearly 3,600 square kilometers|3240|3600|km2|nearly']);
  assert.deepStrictEqual(brief('The zone covers 40 km² and 12 hectares.'), ['40 km²|40|40|km2|exact', '12 hectares|12|12|ha|exact']);
  assert.deepStrictEqual(brief('The village lies roughly 15 kilometers from the border.'), ['roughly 15 kilometers|13.5|16.5|km|approximate']);
  assert.deepStrictEqual(brief('The convoy drove 10 miles.'), ['10 miles|16.09|16.09|km|exact']);
  assert.deepStrictEqual(brief('The battle lasted for eight hours.'), ['eight hours|8|8|hour|exact']);
  assert.deepStrictEqual(brief('They recorded an average of 168 attacks per day.'), ['168 attacks per day|168|168|attack/day|exact']);
  assert.deepStrictEqual(brief('They were outnumbered at least six times.'), ['at least six times|6|null|times|at_least']);
  assert.deepStrictEqual(brief('A 15-kilometre buffer zone.'), ['15-kilometre|15|15|km|exact']);
});

test('rates, speeds, basis points, unit ranges, containers', () => {
  assert.deepStrictEqual(brief('The target range is 3% to 6%.'), ['3% to 6%|3|6|percent|range']);
  assert.deepStrictEqual(brief('Prices rose from 3% to 6%.'), ['3%|3|3|percent|exact', '6%|6|6|percent|exact']);
  assert.deepStrictEqual(brief('The bank cut by 25 basis points.'), ['25 basis points|25|25|bp|exact']);
  assert.deepStrictEqual(brief('It traded at 17.95 rand per dollar.'), ['17.95 rand per dollar|17.95|17.95|zar/usd|exact']);
  assert.deepStrictEqual(brief('Winds of 40 to 60 kilometres per hour.'), ['40 to 60 kilometres per hour|40|60|km/h|range']);
  assert.deepStrictEqual(brief('Crews brought 25 pieces of heavy equipment.'), ['25 pieces of heavy equipment|25|25|piece|exact']);
  assert.deepStrictEqual(brief('She expects one more reduction.'), ['one more reduction|1|1|reduction|exact']);
  assert.deepStrictEqual(brief('It forced hundreds more residents out.'), ['hundreds more residents|200|999|resident|vague']);
  assert.deepStrictEqual(brief('Four of the six members voted; the other seven saw no change.'), [
    'Four|4|4|member|exact', 'six members|6|6|member|exact', 'seven|7|7|member|exact']);
});

test('ratios, glued suffixes, ambiguous short units, cross-sentence limits', () => {
  assert.deepStrictEqual(brief('Nearly one in four adults smokes.'), ['Nearly one in four adults|0.225|0.25|fraction|nearly']);
  assert.deepStrictEqual(brief('Buy 3G phones, 4K TVs and 3D films; 5 min read.'), []);
  assert.deepStrictEqual(brief('The wall is 10 m high; it took 24 hrs and 40km.'), ['10 m|10|10|m|exact', '24 hrs|24|24|hour|exact', '40km|40|40|km|exact']);
  assert.deepStrictEqual(brief('He scored 3 goals. He was 25.'), ['3 goals|3|3|goal|exact']);
  assert.deepStrictEqual(brief('A Category 4 storm struck; the 737 MAX was grounded.'), []);
});

test('counted nouns: head through modifiers, singular', () => {
  assert.strictEqual(one('Seven armored troop-carrying vehicles were destroyed.').unit, 'vehicle');
  assert.strictEqual(one('It had recorded 42 armed clashes in the region.').unit, 'clash');
  assert.strictEqual(one('A battalion has a strength of up to 500 men.').unit, 'man');
  assert.strictEqual(one('Police arrested 14 people.').unit, 'person');
  assert.strictEqual(one('The agency counted 31 casualties.').unit, 'casualty');
  assert.strictEqual(one('Officials reported 44 conflicts.').unit, 'conflict');
  assert.strictEqual(one('Moscow mobilized 50,000 troops.').unit, 'troop');
});

test('partitives and anaphora take the antecedent noun', () => {
  assert.deepStrictEqual(brief('It had recorded 42 armed clashes in the region, 12 of which were still ongoing.'), [
    '42 armed clashes|42|42|clash|exact', '12|12|12|clash|exact']);
  assert.deepStrictEqual(brief('Out of the 44 known combat clashes, 35 have been resolved.'), [
    '44 known combat clashes|44|44|clash|exact', '35|35|35|clash|exact']);
  assert.deepStrictEqual(brief('The staff reported 44 conflicts, with at least nine still ongoing.'), [
    '44 conflicts|44|44|conflict|exact', 'at least nine|9|null|conflict|at_least']);
  assert.deepStrictEqual(brief('Two of the soldiers were wounded.'), ['Two|2|2|soldier|exact']);
  assert.deepStrictEqual(brief('Tests confirmed cholera in 58 of 74 stool samples.'), ['58|58|58|sample|exact', '74 stool samples|74|74|sample|exact']);
  assert.deepStrictEqual(brief("Six of the province's 22 districts reported cases."), ['Six|6|6|district|exact', '22 districts|22|22|district|exact']);
  assert.deepStrictEqual(brief("They won more than half of the country's 5,569 mayoralties."), ['more than half|0.5|null|fraction|over', '5,569 mayoralties|5569|5569|mayoralty|exact']);
  // Across sentences of one paragraph, not across paragraphs.
  assert.deepStrictEqual(brief('At least 12 people have died. Local media reported a higher toll of 15.'), ['At least 12 people|12|null|person|at_least', '15|15|15|person|exact']);
  assert.deepStrictEqual(brief('At least 12 people have died.\n\nIt was 15.'), ['At least 12 people|12|null|person|at_least']);
});

test('not quantities: dates, years, times, identifiers, furniture, pronoun one', () => {
  const none = [
    'On 24 January, the colonel spoke.',
    'Trump takes office on January 20.',
    'It happened in 2024 and again since 2023.',
    'The attack started around 9 a.m. Moscow time.',
    'January 11, 2:54 PM Share:',
    'A soldier of the 8th Regiment said so.',
    'Press Ctrl + Enter to report it.',
    'Open 24/7, call +1 555-123-4567 or (555) 123-4567.',
    'Update to version 2.1.3 or see www.example.com/page/42 now.',
    'One of the North Korean soldiers was captured.',
    'One offensive may have been designed to disrupt the other.',
    'He was wounded and the two sides met.',
    'It lasted until the 2022-2023 season; Windows 11 shipped.',
    'Over the past 24 hours they advanced.',
    '©2025 dpa GmbH.',
    'Article 5 applies to page 2.',
  ];
  for (const text of none) assert.deepStrictEqual(brief(text), [], text);
  assert.deepStrictEqual(brief('8674 visitors online\n651 4\n\nNorth Korea may send 300 troops.'), ['300 troops|300|300|troop|exact']);
  // "only one district" is counted.
  assert.deepStrictEqual(brief('Russian troops have only one northeastern district left.'), ['one northeastern district|1|1|district|exact']);
});

test('spans overlapping a date are skipped', () => {
  const text = 'They advanced nine days before the inauguration and took 12 villages.';
  const at = text.indexOf('nine days before the inauguration');
  const dates = [{ start: at, end: at + 'nine days before the inauguration'.length, text: 'x', from: null, to: null }];
  assert.deepStrictEqual(brief(text, dates), ['12 villages|12|12|village|exact']);
  assert.deepStrictEqual(brief(text).length, 2);
});

test('seeds: the figures a reader marks', () => {
  const got = name => brief(seed(name));
  assert.deepStrictEqual(got('000_190a39e8fc4a33b5.txt'), [
    '168 attacks per day|168|168|attack/day|exact',
    'approximately 25 sq km|22.5|27.5|km2|approximate',
    'about 4,000 soldiers|3600|4400|soldier|approximate',
  ]);
  const s1 = got('001_dd489d155deab575.txt');
  assert.ok(s1.includes('several thousand North Korean soldiers|2000|9999|soldier|vague'));
  assert.ok(s1.includes('about half of the territory|0.45|0.55|fraction|approximate'));
  assert.ok(!s1.some(q => q.startsWith('8674') || q.startsWith('651')));
  const s2 = got('002_f0a05695e7a4488d.txt');
  for (const q of ['400-500 North Korean soldiers|400|500|soldier|range', 'at least six times|6|null|times|at_least',
    'eight hours|8|8|hour|exact', '60,000 soldiers|60000|60000|soldier|exact', 'two soldiers|2|2|soldier|exact']) {
    assert.ok(s2.includes(q), q);
  }
  assert.ok(!s2.some(q => /^(One|one|8|11|2:54)\b/.test(q)), s2.join('\n'));
  const s3 = got('003_79037f0ed4309734.txt');
  for (const q of ['42 armed clashes|42|42|clash|exact', '12|12|12|clash|exact', '50,000 troops|50000|50000|troop|exact',
    'around 10,000 North Korean soldiers|9000|11000|soldier|approximate', 'Two tanks|2|2|tank|exact',
    'seven armored troop-carrying vehicles|7|7|vehicle|exact', 'up to 500 men|0|500|man|up_to',
    'nearly 3,600 square kilometers|3240|3600|km2|nearly', '610 square kilometers|610|610|km2|exact',
    'over 2,800 square kilometers|2800|null|km2|over', '510 square kilometers|510|510|km2|exact',
    '54,000 Russian targets|54000|54000|target|exact', 'almost half of the missions|0.45|0.5|fraction|nearly']) {
    assert.ok(s3.includes(q), q);
  }
  assert.ok(!s3.some(q => /^(24|2024|2023|2025|20)\b/.test(q)), s3.join('\n'));
  const s4 = got('004_adff6eb275203194.txt');
  for (const q of ['44 conflicts|44|44|conflict|exact', 'at least nine|9|null|conflict|at_least',
    '44 known combat clashes|44|44|clash|exact', '35|35|35|clash|exact',
    'thousands of North Korean soldiers|2000|9999|soldier|vague', 'approximately 70 kilometers|63|77|km|approximate',
    'roughly 15 kilometers|13.5|16.5|km|approximate', 'approximately 500 square kilometers|450|550|km2|approximate']) {
    assert.ok(s4.includes(q), q);
  }
  assert.ok(!s4.some(q => /^(9|5|6|20|2)\b/.test(q)), s4.join('\n'));
});

// Speed is measured by npm run bench; here adversarial input must finish (the timeout turns a hang into a failure).
test('adversarial inputs finish with figures that point into the text', { timeout: 120_000 }, () => {
  const inputs = [
    '1,1,'.repeat(250000),
    '1, 2, 3 and 4 '.repeat(70000),
    'a'.repeat(1 << 20),
    'Aa '.repeat(350000),
    'about 4,000 soldiers and several thousand troops, 400-500 km. '.repeat(16000),
  ];
  for (const text of inputs) {
    const { prepared } = engine.prepare(text);
    for (const q of engine.recognizeQuantities(prepared, [])) assert.strictEqual(text.slice(q.start, q.end), q.text);
  }
});

test('earthquake magnitudes are figures with unit magnitude; categories are not', () => {
  assert.deepStrictEqual(brief('A magnitude 6.1 quake struck the Aegean coast.'), ['magnitude 6.1|6.1|6.1|magnitude|exact']);
  assert.deepStrictEqual(brief('The 5.8-magnitude tremor was followed by a shock of magnitude 4.9.'), [
    '5.8-magnitude|5.8|5.8|magnitude|exact', 'magnitude 4.9|4.9|4.9|magnitude|exact']);
  assert.deepStrictEqual(brief('Seismologists measured 6.3 on the Richter scale.'), ['6.3 on the Richter scale|6.3|6.3|magnitude|exact']);
  assert.deepStrictEqual(brief('The preliminary magnitude of 7.0 was later revised.'), ['magnitude of 7.0|7|7|magnitude|exact']);
  assert.deepStrictEqual(brief('The magnitude of the losses is unclear; a Category 3 cyclone formed.'), []);
});

test('partitives with a possessive owner or a hedged whole', () => {
  assert.deepStrictEqual(brief('Only 14 of Lagos\'s 20 polling centres opened on time.'), [
    '14|14|14|centre|exact', '20 polling centres|20|20|centre|exact']);
  assert.deepStrictEqual(brief('Rescuers reached about 300 of the Red Cross\'s 410 shelters.'), [
    'about 300|270|330|shelter|approximate', '410 shelters|410|410|shelter|exact']);
  assert.deepStrictEqual(brief('The utility reconnected 8,000 of its roughly 20,000 subscribers in Leeds.'), [
    '8,000|8000|8000|subscriber|exact', 'roughly 20,000 subscribers|18000|22000|subscriber|approximate']);
});

test('"over" before a period in a spending or change context means during', () => {
  assert.deepStrictEqual(brief('The ministry will invest $2 billion over five years.'), [
    '$2 billion|2000000000|2000000000|usd|exact', 'five years|5|5|year|exact']);
  assert.deepStrictEqual(brief('Turnout fell 12% over three decades.'), ['12%|12|12|percent|exact', 'three decades|3|3|decade|exact']);
  assert.deepStrictEqual(brief('Repayments are spread over ten years.'), ['ten years|10|10|year|exact']);
  // "more than" readings stay: after a verb of lasting or a preposition, or before "old"/"ago".
  assert.deepStrictEqual(brief('The trial took over two years.'), ['over two years|2|null|year|over']);
  assert.deepStrictEqual(brief('He has lived there for over six years.'), ['over six years|6|null|year|over']);
  assert.deepStrictEqual(brief('The bridge is over 300 years old.'), ['over 300 years|300|null|year|over']);
  assert.deepStrictEqual(brief('The strike lasted more than a week.'), ['more than a week|1|null|week|over']);
});

test('dollar prefixes name their currency; verbs of exceeding are hedges', () => {
  assert.deepStrictEqual(brief('Relief cost EC$40 million, A$12m, C$3.5 billion, HK$ 900,000, NZ$75, R$2bn, S$15 and US$1.2 billion.'), [
    'EC$40 million|40000000|40000000|xcd|exact', 'A$12m|12000000|12000000|aud|exact', 'C$3.5 billion|3500000000|3500000000|cad|exact',
    'HK$ 900,000|900000|900000|hkd|exact', 'NZ$75|75|75|nzd|exact', 'R$2bn|2000000000|2000000000|brl|exact', 'S$15|15|15|sgd|exact',
    'US$1.2 billion|1200000000|1200000000|usd|exact']);
  assert.deepStrictEqual(brief('Insured losses could exceed NZ$300 million.'), ['exceed NZ$300 million|300000000|null|nzd|over']);
  assert.deepStrictEqual(brief('Ticket sales topped 40,000 seats.'), ['topped 40,000 seats|40000|null|seat|over']);
});

test('nautical miles and knots convert; page counters are furniture', () => {
  assert.deepStrictEqual(brief('The ferry sank 12 nautical miles offshore in 40 knots of wind.'), [
    '12 nautical miles|22.224|22.224|km|exact', '40 knots|74.08|74.08|km/h|exact']);
  assert.deepStrictEqual(brief('4 min read · 27 comments'), []);
  assert.deepStrictEqual(brief('Join our newsletter: 12,500 subscribers get it every Friday.'), []);
  assert.deepStrictEqual(brief('Follow the audit: 3 firms paid 40 members.'), ['3 firms|3|3|firm|exact', '40 members|40|40|member|exact']);
});

test('a quoted figure counts the common noun after the closing quote', () => {
  assert.deepStrictEqual(brief('The mayor told reporters that "nearly 80" families had left.'), ['nearly 80" families|72|80|family|nearly']);
  assert.deepStrictEqual(brief('It said “about 200” homes burned.'), ['about 200” homes|180|220|home|approximate']);
  assert.deepStrictEqual(brief('"We lost 30" Reuters said.'), []);
});
