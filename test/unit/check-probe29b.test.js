// Round 29 probe (issue 10, precision): false alarms read on unannotated real news of armed conflict, disasters,
// accidents and protests, each fixed as a class. Invented sentences; each test failed on the build before its rule.
const test = require('node:test');
const assert = require('node:assert');
const { claimOf, doc, valuePairs } = require('./claimReports');

const DAY = '2031-03-11';

test('the State of Mexico is a state of Mexico, a part of the country\'s toll', () => {
  const a = doc('a.txt', 'The quake on Tuesday killed 324 people across Mexico, officials said.', DAY);
  const b = doc('b.txt', 'The quake on Tuesday killed 12 people in the State of Mexico, officials said.', DAY);
  assert.deepStrictEqual(valuePairs(a, b), []);
  assert.deepStrictEqual(claimOf('Nine people died in the State of Mexico.', 9).scope, ['place:state-of-mexico']);
});

test('a total before a colon list is not placed where the list\'s first part is', () => {
  const a = doc('a.txt', 'Officials said on Tuesday that 98 people had died in the floods: 40 in Valencia, 30 in Murcia and'
    + ' 28 in Alicante.', DAY);
  const b = doc('b.txt', 'On Tuesday the regional government said 41 people had died in the floods in Valencia.', DAY);
  assert.deepStrictEqual(valuePairs(a, b), ['40/41']);
  assert.deepStrictEqual(claimOf('The agency said 98 people had died: 40 in Korvia, 30 in Ulmek and 28 in Dasht.', 98).scope, []);
});

test('a toll that has crossed or passed a figure is more than it', () => {
  const a = doc('a.txt', 'The death toll from the mine fire in Dravnik has crossed 140, officials said on Tuesday.', DAY);
  const b = doc('b.txt', 'The death toll from the mine fire in Dravnik rose to at least 152 on Tuesday, officials said.', DAY);
  assert.deepStrictEqual(valuePairs(a, b), []);
  const passed = claimOf('The toll has passed 60, the governor said.', 60);
  assert.deepStrictEqual([passed.low, passed.high], [60, null]);
});

test('a crossing verb with a counted object still counts it', () => {
  const c = claimOf('The assembly has passed 12 bills this year.', 12);
  assert.deepStrictEqual([c.low, c.high], [12, 12]);
});

test('the toll of an event set against the story\'s own ("after a stronger quake killed 61") is no rival of its toll', () => {
  const b = doc('b.txt', 'The quake that struck Dravnik on Tuesday killed 212 people, officials said.', DAY);
  const a = doc('a.txt', 'The quake struck Dravnik on Tuesday, a month after a stronger quake killed 61 people.', DAY);
  const one = doc('a.txt', 'A quake struck Dravnik on Tuesday, only weeks after a more powerful one killed 61 people.', DAY);
  assert.deepStrictEqual(valuePairs(a, b), []);
  assert.deepStrictEqual(valuePairs(one, b), []);
  // The story's own quake still pairs.
  const own = doc('a.txt', 'The quake that struck Dravnik on Tuesday killed 61 people, the mayor said.', DAY);
  assert.deepStrictEqual(valuePairs(own, b), ['61/212']);
});

test('a count a region\'s own office gives after another region\'s count is that region\'s', () => {
  const c = claimOf('At least 27 people died in Oaxaca, while Chiapas\'s civil defence office reported 8 deaths.', 8);
  assert.deepStrictEqual(c.scope, ['place:chiapas']);
  const a = doc('a.txt', 'Officials said 27 people died in Oaxaca on Tuesday, while Chiapas\'s civil defence office reported 8 deaths.', DAY);
  const b = doc('b.txt', 'The floods killed 31 people in Oaxaca on Tuesday, the governor said.', DAY);
  assert.deepStrictEqual(valuePairs(a, b), ['27/31']);
  // A country's voice is a party, not the place: its rival count still holds where the first one does.
  assert.deepStrictEqual(claimOf('Officials said 27 people died in Oaxaca, while Mexico\'s defence ministry reported 8 deaths.', 8)
    .scope, ['place:oaxaca']);
});

test('one strike singled out is a part of what plural strikes killed', () => {
  const a = doc('a.txt', 'Airstrikes pounded Velmor on Tuesday. The first strike, which hit a four-story house, left 40 dead.', DAY);
  const b = doc('b.txt', 'Airstrikes killed 85 people across the region on Tuesday, most of them in Velmor.', DAY);
  assert.deepStrictEqual(valuePairs(a, b), []);
  assert.strictEqual(claimOf('Israeli strikes killed at least 85 people on Tuesday.', 85).detail.instances, 'several');
  // Two sums over several strikes still pair.
  const c = doc('c.txt', 'Airstrikes killed 120 people across the region on Tuesday, most of them in Velmor, officials said.', DAY);
  assert.deepStrictEqual(valuePairs(b, c), ['85/120']);
});

test('those who died in hospital are a part of the dead, however joined to the toll', () => {
  const a = doc('a.txt', 'The death toll from the mill collapse now stands at 412, with 398 bodies recovered from the debris and'
    + ' 14 victims who died in hospital, an army official said on Tuesday.', DAY);
  const b = doc('b.txt', 'At least 430 people have died in the mill collapse, officials said on Tuesday.', DAY);
  assert.deepStrictEqual(valuePairs(a, b), ['412/430']);
});

test('a running toll said long after the event\'s day holds as of its report, not of that day', () => {
  const text = 'At least 410 people have died following the flood in Dravnik on March 8, officials said.';
  const early = doc('b.txt', 'The flood in Dravnik on March 8 killed 120 people, officials said on Monday.', '2031-03-10');
  assert.deepStrictEqual(valuePairs(doc('a.txt', text, '2031-03-20'), early), []);
  assert.deepStrictEqual(claimOf(text, 410, '2031-03-20').time, { from: '2031-03-20', to: '2031-03-20' });
  // Said within days of the event, the toll is still the event day's and a rival of that day's count.
  assert.deepStrictEqual(valuePairs(doc('a.txt', text, '2031-03-11'), early), ['120/410']);
  // A past event named by its year keeps its year ("a storm in 2019, which killed 68").
  assert.deepStrictEqual(claimOf('The toll now exceeds that of the storm in 2019, which was blamed for 68 deaths.', 68,
    '2031-03-20').time, { from: '2019-01-01', to: '2019-12-31' });
});

test('a late report\'s tolls dated only by the event\'s day a sentence before hold as of the report', () => {
  const late = 'Rescuers kept searching after the flood in Dravnik on March 8. Officials said 186 people died in Dravnik.';
  const early = doc('b.txt', 'The flood in Dravnik on March 8 killed 120 people, officials said on Monday.', '2031-03-10');
  assert.deepStrictEqual(valuePairs(doc('a.txt', late, '2031-03-20'), early), []);
  // An anniversary piece a year on gives the event's settled toll, dated by the event's day.
  const anniversary = 'Rescuers searched for weeks after the flood in Dravnik on March 8, 2031. Officials said 186 people died.';
  assert.deepStrictEqual(claimOf(anniversary, 186, '2032-03-20').time, { from: '2031-03-08', to: '2031-03-08' });
});
