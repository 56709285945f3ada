// Quantities in any news (issue 11): classes found on the quantities2 golden batch, each with invented sentences.
const test = require('node:test');
const assert = require('node:assert');
const engine = require('../../dist/engine.js');

/** "text|low|high|unit|hedge" for every quantity in the text. */
function brief(text) {
  const { prepared } = engine.prepare(text);
  return engine.recognizeQuantities(prepared, []).map(q => `${q.text}|${q.low}|${q.high}|${q.unit}|${q.hedge}`);
}

test('a degree sign split from its letter is the degree unit, alone, in ranges and after a hedge', () => {
  assert.deepStrictEqual(brief('Highs may exceed 31°C inland on Sunday.'), ['exceed 31°C|31|null|degree|over']);
  assert.deepStrictEqual(brief('Nights stay mild (14°C to 17°C) all week.'), ['14°C to 17°C|14|17|degree|range']);
  assert.deepStrictEqual(brief('The oven reached 220°F before the fire.'), ['220°F|220|220|degree f|exact']);
});

test('rupees with lakh and crore scales, stacked', () => {
  assert.deepStrictEqual(brief('The bridge will cost Rs 4,310 crore to build.'), ['Rs 4,310 crore|43100000000|43100000000|inr|exact']);
  assert.deepStrictEqual(brief('The state set aside Rs. 2.5 lakh crore for roads.'), ['Rs. 2.5 lakh crore|2500000000000|2500000000000|inr|exact']);
  assert.deepStrictEqual(brief('Each family gets around Rs 3 lakh.'), ['around Rs 3 lakh|270000|330000|inr|approximate']);
  // Other codes still count only in capitals: "try 5 times" is no currency.
  assert.deepStrictEqual(brief('Please try 5 times before calling.'), ['5 times|5|5|times|exact']);
});

test('a figure with a large scale word stands alone as a value, even at a sentence start', () => {
  assert.deepStrictEqual(brief('Around 4.1 million applied for benefits, up from the prior week\'s 3.9 million.'),
    ['Around 4.1 million|3690000|4510000||approximate', '3.9 million|3900000|3900000||exact']);
});

test('a market quote in parentheses after a ticker is a value', () => {
  assert.deepStrictEqual(brief('The Nikkei 225 (NKY - 31,204.55) slipped 120.4 points.'),
    ['31,204.55|31204.55|31204.55||exact', '120.4 points|120.4|120.4|point|exact']);
  // Not after an ordinary word in parentheses, and not a small score.
  assert.deepStrictEqual(brief('The final (Leeds - 2) was played late.'), []);
});

test('hedges: "or higher", "no lower than", "tops", "toward"', () => {
  assert.deepStrictEqual(brief('Buyers want screens of 6 inches or larger and cameras of 48 MP or higher.'),
    ['6 inches|6|6|inch|exact', '48 MP or higher|48|null|mp|at_least']);
  assert.deepStrictEqual(brief('The fund keeps reserves no lower than 12%.'), ['no lower than 12%|12|null|percent|at_least']);
  assert.deepStrictEqual(brief('Rents rose no higher than 3% last year.'), ['no higher than 3%|0|3|percent|up_to']);
  assert.deepStrictEqual(brief('Its market value now tops $2 trillion.'), ['tops $2 trillion|2000000000000|null|usd|over']);
  assert.deepStrictEqual(brief('Inflation edged toward 4% in the spring.'), ['toward 4%|3.6|4|percent|nearly']);
  assert.deepStrictEqual(brief('Turnout was 60% or lower in most districts.'), ['60% or lower|0|60|percent|up_to']);
});

test('a range with its glued unit on both ends after "between"', () => {
  assert.deepStrictEqual(brief('The fish grow to between 40cm and 55cm in the lake.'), ['between 40cm and 55cm|40|55|cm|range']);
});

test('a glued "m" before a plural noun counts millions; otherwise it is metres', () => {
  assert.deepStrictEqual(brief('The scheme will reach 3m households by spring.'), ['3m households|3000000|3000000|household|exact']);
  assert.deepStrictEqual(brief('The wall is 4m high and the 400m track is new.'), ['4m|4|4|m|exact', '400m|400|400|m|exact']);
});

test('"one in 10": a spelled one over a denominator in digits is a share', () => {
  assert.deepStrictEqual(brief('Just over one in 20 voters backed him.'), ['Just over one in 20 voters|0.05|null|fraction|over']);
});

test('a maker and model number between a count and its noun belong to the noun', () => {
  assert.deepStrictEqual(brief('The carrier ordered 150 Airbus 321 family jets.'), ['150 Airbus 321 family jets|150|150|jet|exact']);
  assert.deepStrictEqual(brief('It wants 12 777 MAX 9 freighters.'), ['12 777 MAX 9 freighters|12|12|freighter|exact']);
});

test('a time phrase after a counted noun is not part of it', () => {
  assert.deepStrictEqual(brief('The yard delivered 40 aircraft last year.'), ['40 aircraft|40|40|aircraft|exact']);
});

test('watts and watt-hours glued to a figure', () => {
  assert.deepStrictEqual(brief('The kit has a 45Wh pack and a 30W charger.'), ['45Wh|45|45|wh|exact', '30W|30|30|w|exact']);
});

test('"pounds" after a word of weight is a weight, otherwise sterling', () => {
  assert.deepStrictEqual(brief('The tablet weighs 1.1 pounds.'), ['1.1 pounds|1.1|1.1|lb|exact']);
  assert.deepStrictEqual(brief('The ticket cost 40 pounds.'), ['40 pounds|40|40|gbp|exact']);
});

test('two makers joined before a common noun count that noun', () => {
  assert.deepStrictEqual(brief('The lessor took 90 Embraer and Boeing jets.'), ['90 Embraer and Boeing jets|90|90|jet|exact']);
});

test('negative figures: a minus sign apart from the word before it, and "minus"', () => {
  assert.deepStrictEqual(brief('Lows of -8°C and minus 3 degrees, around -20C in the hills.'),
    ['-8°C|-8|-8|degree|exact', 'minus 3 degrees|-3|-3|degree|exact', 'around -20C|-22|-18|degree|approximate']);
  // A hyphen glued to a word is no sign.
  assert.deepStrictEqual(brief('Cases of COVID-19 rose.'), []);
});

test('"half a million", "two and a half years"', () => {
  assert.deepStrictEqual(brief('Half a million visitors came in two and a half days.'),
    ['Half a million visitors|500000|500000|visitor|exact', 'two and a half days|2.5|2.5|day|exact']);
});

test('"a 5,000-strong force" counts the noun after "-strong"', () => {
  assert.deepStrictEqual(brief('A 5,000-strong force crossed the river.'), ['5,000-strong force|5000|5000|force|exact']);
});

test('unit abbreviations that carry the full stop, British "pc", square feet and cubic metres', () => {
  assert.deepStrictEqual(brief('The peak rises to 14,505ft.'), ['14,505ft|14505|14505|foot|exact']);
  assert.deepStrictEqual(brief('Rents rose 4pc in a year.'), ['4pc|4|4|percent|exact']);
  assert.deepStrictEqual(brief('The office has 3,400 sq ft.'), ['3,400 sq ft|3400|3400|ft2|exact']);
  assert.deepStrictEqual(brief('Exports reached 42 billion cubic metres.'), ['42 billion cubic metres|42000000000|42000000000|m3|exact']);
});

test('a number inside a stock index name is no quantity', () => {
  assert.deepStrictEqual(brief("The Standard & Poor's 500 index lost 12.5 points and the FTSE 100 Index rose."),
    ['12.5 points|12.5|12.5|point|exact']);
});

test('digits glued by a hyphen to a singular noun before another noun count that noun', () => {
  assert.deepStrictEqual(brief('The 240-page report names a 9-member board.'), ['240-page|240|240|page|exact', '9-member|9|9|member|exact']);
  // Spelled numbers stay out ("a one-time fee"), and so do ages.
  assert.deepStrictEqual(brief('They paid a one-time fee to the 4-year-old boy.'), []);
});

test('multipliers in one word and a share of a scale', () => {
  assert.deepStrictEqual(brief('Traffic grew fivefold.'), ['fivefold|5|5|times|exact']);
  assert.deepStrictEqual(brief('A quarter of a million tickets sold.'), ['A quarter of a million tickets|250000|250000|ticket|exact']);
});

test('more currencies before the figure: naira, shillings, rupiah, francs, dirhams', () => {
  assert.deepStrictEqual(brief('Lagos spent ₦12 billion and Nairobi KSh 4 billion.'),
    ['₦12 billion|12000000000|12000000000|ngn|exact', 'KSh 4 billion|4000000000|4000000000|kes|exact']);
  assert.deepStrictEqual(brief('Exports earned 3 billion baht and 2 billion ringgit.'),
    ['3 billion baht|3000000000|3000000000|thb|exact', '2 billion ringgit|2000000000|2000000000|myr|exact']);
});

test('capitalised labels make a number a name; in lower case they stay nouns', () => {
  assert.deepStrictEqual(brief('Fortune 500 firms met before Game 4 and on Day 2 of the hearing.'), []);
  assert.deepStrictEqual(brief('Nurses work a long day 4 days a week.'), ['4 days a week|4|4|day/week|exact']);
});
