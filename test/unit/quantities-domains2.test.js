// Quantities in news of any domain (issue 11): classes found by the fourth multi-domain golden set, quantities4
// (markets, central banks, sport results, energy, courts, health, disasters, real estate, polls, tech).
// Every sentence here is invented; each assertion failed on the build before its rule landed.
const test = require('node:test');
const assert = require('node:assert');
const engine = require(process.env.CROSSCHECK_ENGINE || '../../dist/engine.js');

/** Compact view: "text|low|high|unit". */
function brief(text) {
  const { prepared } = engine.prepare(text);
  return engine.recognizeQuantities(prepared, []).map(q => `${q.text}|${q.low}|${q.high}|${q.unit}`);
}

test('amps and volts: glued "A" and "V", "amp" and "amps", not a letter after a labelled number', () => {
  assert.deepStrictEqual(brief('The workshop wires 20A sockets on a 110V supply.'), ['20A|20|20|a', '110V|110|110|v']);
  assert.deepStrictEqual(brief('A 50-amp breaker feeds the 6 kW heater.'), ['50-amp|50|50|a', '6 kW|6|6|kw']);
  assert.deepStrictEqual(brief('The fuse blew at 13 amps.'), ['13 amps|13|13|a']);
  assert.deepStrictEqual(brief('She sat in seat 22A and filed Form 10A.'), []);
});

test('a margin of error: "plus or minus" and "±" before the figure state its size, not a negative figure', () => {
  assert.deepStrictEqual(brief('The survey has a margin of error of plus or minus 4.2 percentage points.'),
    ['plus or minus 4.2 percentage points|4.2|4.2|percentage point']);
  assert.deepStrictEqual(brief('The margin is ±2 points.'), ['±2 points|2|2|point']);
  // "minus" alone keeps its sign.
  assert.deepStrictEqual(brief('Nights fell to minus 8 degrees.'), ['minus 8 degrees|-8|-8|degree']);
});

test('a "±" glued after a figure and its unit makes it approximate', () => {
  assert.deepStrictEqual(brief('The tablet packs a 5000mAh± cell.'), ['5000mAh±|4500|5500|mah']);
});

test('a ratio written as one hyphenated word is a share', () => {
  assert.deepStrictEqual(brief('Smokers face a one-in-20 risk; for others it is two-in-100.'),
    ['one-in-20|0.05|0.05|fraction', 'two-in-100|0.02|0.02|fraction']);
  assert.deepStrictEqual(brief('The kitchen has a built-in-oven.'), []);
});

test('a share after a name is the name\'s move, not part of the name', () => {
  assert.deepStrictEqual(brief('Tokyo ended with the Nikkei Stock Average 1.4% higher at 38,020.5.'),
    ['1.4%|1.4|1.4|percent', '38,020.5|38020.5|38020.5|']);
  // A number after a name with no share unit stays part of the name.
  assert.deepStrictEqual(brief('Sales of the Galaxy 9 slowed.'), []);
});

test('an age range after "aged" is no quantity, also with "between"', () => {
  assert.deepStrictEqual(brief('The six victims were aged between 15 and 19.'), ['six victims|6|6|victim']);
});

test('a bond\'s maturity names the bond: "the 10-year note", "the two-year yield"', () => {
  assert.deepStrictEqual(brief('The 30-year bond rose while the two-year yield slid 3 basis points.'),
    ['3 basis points|3|3|bp']);
  // A sentence or a contract keeps its length.
  assert.deepStrictEqual(brief('He received a 12-year sentence.'), ['12-year|12|12|year']);
});

test('"the first half of the year" is a period, not a share', () => {
  assert.deepStrictEqual(brief('Sales grew in the second half of the year.'), []);
  assert.deepStrictEqual(brief('Half of the budget went on roads.'), ['Half of the budget|0.5|0.5|fraction']);
});

test('a length before "previously" or "prior" is a point in time', () => {
  assert.deepStrictEqual(brief('The rate had been 31 percent nine years previously.'), ['31 percent|31|31|percent']);
});

test('a two-word unit joined by hyphens: "a 1,450-square-foot home"', () => {
  assert.deepStrictEqual(brief('They bought a 1,450-square-foot home.'), ['1,450-square-foot|1450|1450|ft2']);
  assert.deepStrictEqual(brief('The 25-square-metre studio is let.'), ['25-square-metre|25|25|m2']);
});

test('barrels per day: "bpd" is the rate itself, and a capital M glued before it is millions', () => {
  assert.deepStrictEqual(brief('Output may hit 3.4M BPD.'), ['3.4M BPD|3400000|3400000|barrel/day']);
  assert.deepStrictEqual(brief('The field pumps 80,000 bpd.'), ['80,000 bpd|80000|80000|barrel/day']);
});

test('an adverb in "-ly" before a participle stays in the counted phrase', () => {
  assert.deepStrictEqual(brief('The group will split into three separately listed firms.'),
    ['three separately listed firms|3|3|firm']);
});

test('race times: h:mm:ss and m:ss.ff are lengths in seconds; clock times stay out', () => {
  assert.deepStrictEqual(brief('She won in 2:19:48, and the runner-up needed less than 2:21:00.'),
    ['2:19:48|8388|8388|second', 'less than 2:21:00|0|8460|second']);
  assert.deepStrictEqual(brief('He ran the mile in 3:51.20.'), ['3:51.20|231.2|231.2|second']);
  assert.deepStrictEqual(brief('The train left at 6:45 pm, and the alarm rang at 7:15:30 a.m.'), []);
});

test('a result after a place or a finish: "third in 10.12", "a season-best 10.05"', () => {
  assert.deepStrictEqual(brief('Jones was third in 10.12 and Smith fifth, also in 10.12.'),
    ['10.12|10.12|10.12|', '10.12|10.12|10.12|']);
  assert.deepStrictEqual(brief('She took silver with a season-best 22.31.'), ['22.31|22.31|22.31|']);
  // A small count after "in" is no result.
  assert.deepStrictEqual(brief('The team finished third in 12 races.'), ['12 races|12|12|race']);
});

test('a dimension: the first side takes the unit of the second, also a year-like side', () => {
  assert.deepStrictEqual(brief('The panel shows 2048 x 1536 pixels.'), ['2048|2048|2048|pixel', '1536 pixels|1536|1536|pixel']);
  assert.deepStrictEqual(brief('A 30 x 40 cm print costs more.'), ['30|30|30|cm', '40 cm|40|40|cm']);
});

test('a share of one unit measures in that unit: "a tenth of a second", "half an hour", "a 100th of a second"', () => {
  assert.deepStrictEqual(brief('She won by three-hundredths of a second.'), ['three-hundredths of a second|0.03|0.03|second']);
  assert.deepStrictEqual(brief('The gap was a 100th of a second after half an hour.'),
    ['a 100th of a second|0.01|0.01|second', 'half an hour|0.5|0.5|hour']);
  // A share of a thing stays a share.
  assert.deepStrictEqual(brief('A tenth of the budget went to roads.'), ['A tenth of the budget|0.1|0.1|fraction']);
});

test('millions or billions "in" what they pay for are a vague amount', () => {
  assert.deepStrictEqual(brief('The campaign raised millions in small donations.'), ['millions|2000000|9990000|donation']);
  assert.deepStrictEqual(brief('Millions in Lagos watched.'), []);
});

test('a bare figure after a verb done to people counts persons: "a blast that killed 9", "police arrested 120"', () => {
  assert.deepStrictEqual(brief('Gas blast that killed 9 under investigation'), ['9|9|9|person']);
  assert.deepStrictEqual(brief('Police arrested at least 120 on Sunday.'), ['at least 120|120|null|person']);
  // A counted noun after the figure keeps its own unit.
  assert.deepStrictEqual(brief('The storm killed 12 cattle.'), ['12 cattle|12|12|cattle']);
});

test('shares joined by a dash: an ascending pair is a range, a descending one two figures ("a 55%-41% lead")', () => {
  assert.deepStrictEqual(brief('Fees rose by 2%-4% this year.'), ['2%-4%|2|4|percent']);
  assert.deepStrictEqual(brief('She holds a 55%-41% lead.'), ['55%|55|55|percent', '-41%|41|41|percent']);
  // A minus sign apart from the word before it keeps its sign.
  assert.deepStrictEqual(brief('Growth was -0.4% in May.'), ['-0.4%|-0.4|-0.4|percent']);
});

test('"A to B unit" that is no range gives A the unit of B: "leads by 52 to 47 percent"', () => {
  assert.deepStrictEqual(brief('Smith leads Jones by 52 to 47 percent.'), ['52|52|52|percent', '47 percent|47|47|percent']);
});

test('a round figure after "per" with no rate before it is no figure; a spelled population is a denominator', () => {
  assert.deepStrictEqual(brief('The rate is counted per 100,000 people.'), []);
  assert.deepStrictEqual(brief('It fell to 88 deaths per one lakh live births.'), ['88 deaths per one lakh|88|88|death/100000']);
});

test('a figure below ten before a word for one earthquake is its magnitude: "the 6.9 quake", "a 7.1m tremor"', () => {
  assert.deepStrictEqual(brief('The 6.9 quake and a 7.1m tremor shook the coast.'),
    ['6.9 quake|6.9|6.9|magnitude', '7.1m|7.1|7.1|magnitude']);
  assert.deepStrictEqual(brief('Three quakes hit the island.'), ['Three quakes|3|3|quake']);
});

test('a share of a unit in digits, and the oil trade\'s "MMbpd"', () => {
  assert.deepStrictEqual(brief('He lost by 4 hundredths of a second.'), ['4 hundredths of a second|0.04|0.04|second']);
  assert.deepStrictEqual(brief('The firm reported 8 quarters of losses.'), ['8 quarters|8|8|quarter']);
  assert.deepStrictEqual(brief('Exports topped 2.1 MMbpd.'), ['topped 2.1 MMbpd|2100000|null|barrel/day']);
});

test('"degrees Celsius" and "degrees Fahrenheit" written out name the scale', () => {
  assert.deepStrictEqual(brief('The town hit 41 degrees Celsius (106 degrees Fahrenheit).'),
    ['41 degrees Celsius|41|41|degree', '106 degrees Fahrenheit|106|106|degree f']);
});

test('an index\'s move is in points however small, and the level after it is no year', () => {
  assert.deepStrictEqual(brief('The Nasdaq fell 9 to 1975, and the Dow added 3 to 9,870.'),
    ['9|9|9|point', '1975|1975|1975|', '3|3|3|point', '9,870|9870|9870|']);
  // Outside an index's move the year stays a year.
  assert.deepStrictEqual(brief('Rents rose 9 to 1975 levels.'), ['9|9|9|rent']);
});

test('a year after "in" is no ratio\'s denominator: "rose 4 in 2021"', () => {
  assert.deepStrictEqual(brief('The benchmark index fell 4 in 2021.'), ['4|4|4|point']);
  assert.deepStrictEqual(brief('Orders rose 4 in 2021.').some(q => q.includes('fraction')), false);
});

test('a person\'s age written "N years old" or "N years of age" is no quantity; a hedged age of a thing stays', () => {
  assert.deepStrictEqual(brief('The study followed 900 men who were 40 to 65 years old.'), ['900 men|900|900|man']);
  assert.deepStrictEqual(brief('The driver, 52 years of age, was unhurt.'), []);
  assert.deepStrictEqual(brief('The oak is over 400 years old.'), ['over 400 years|400|null|year']);
});
