// Round 17: false alarms of place, by class. Invented sentences; each test fails on the build before it.
const test = require('node:test');
const assert = require('node:assert');
const { claimsOf, findings, report } = require('./claimReports');

const claimOf = (text, figure) => claimsOf(report('2024-03-11', text)).find(c => c.quantity.text.includes(figure));
const places = (text, figure) => claimOf(text, figure).scope.filter(id => id.startsWith('place:') || id.startsWith('country:')
  || id.startsWith('unnamed:'));
const pairs = (a, b) => findings(['a.txt', report('2023-03-08', a)], ['b.txt', report('2023-03-08', b)]);

test('a clause cut by inserted voices goes on past them: the place of its predicate is the figure\'s', () => {
  const cut = 'Between 9,100 people, according to the prefecture, and "nearly 60,000 marchers", according to the unions, marched in Toulouse on Tuesday.';
  assert.deepStrictEqual(places(cut, '9,100'), ['place:toulouse']);
  assert.deepStrictEqual(places(cut, '60,000'), ['place:toulouse']);
  assert.deepStrictEqual(places('About 12,000 people, according to the police, gathered in Lyon on Tuesday.', '12,000'), ['place:lyon']);
  // Another town's crowd is no rival; the same town's still is. (Round 21: the prefecture's and the unions' figures,
  // each voiced by its own "according to", are a pair within the report too; only pairs across reports are counted here.)
  const across = (a, b) => pairs(a, b).filter(f => f.a.path !== f.b.path);
  assert.strictEqual(across(cut, 'In Paris, 40,000 people marched on Tuesday, police said.').length, 0);
  assert.strictEqual(across(cut, 'Police counted 30,000 marchers in Toulouse on Tuesday.').length, 2);
  // A verb of speech after the voice opens the speaker's words, not the figure's predicate.
  assert.deepStrictEqual(places('About 40 people died, according to the ministry, said the agency in Paris.', '40'), []);
});

test('an area a list names only by where it lies is another area, not the one named before it', () => {
  const list = 'The worst-hit areas have been the Pokhara valley, where 900 have died, and the western region, where 1,600 have been killed.';
  assert.deepStrictEqual(places(list, '1,600'), ['unnamed:region']);
  // The nationwide toll holds both: no rival of the unnamed area's count.
  const national = 'The official death toll rose to 3,100 on Tuesday, a ministry spokesman said.';
  assert.strictEqual(pairs(national, list).filter(f => f.message.includes('1,600')).length, 0);
  // Without an area of its own, the figure is still counted in the place named before it ("in Madrid ... the crowd").
  assert.deepStrictEqual(places('Police said 80,000 marched in Madrid, while organizers put the crowd at 400,000.', '400,000'), ['place:madrid']);
  // "the eastern province of X" names X.
  assert.deepStrictEqual(places('Floods killed 30 people in Mombasa, and 12 died in the eastern province of Kitui.', '12'), ['place:kitui']);
});

test('a figure over a list of places holds a figure of one of them; a list is no list of a place and its apposition', () => {
  const whole = 'The number of dead rose to 4,500 in Nepal, India and Bhutan on Tuesday.';
  assert.deepStrictEqual(claimOf(whole, '4,500').detail.placeList, ['country:nepal', 'country:india', 'country:bhutan']);
  assert.strictEqual(pairs(whole, 'State media reported 25 deaths in Bhutan on Tuesday.').length, 0);
  // A part larger than the list's whole still pairs, and so does a figure of the same list.
  assert.strictEqual(pairs(whole, 'State media reported 5,200 deaths in Nepal on Tuesday.').length, 1);
  assert.strictEqual(pairs(whole, 'Some 3,900 people died in Nepal, India and Bhutan, officials said on Tuesday.').length, 1);
  // "in Nagpur, in neighbouring Maharashtra" is one place told twice, no list.
  assert.strictEqual(claimOf('Nine children are being treated at hospitals in Pune, in neighbouring Maharashtra.', 'Nine').detail.placeList, undefined);
  // "in Benghazi, Libya" is a town and its country, no list: the country's figure is the whole, not a part.
  assert.strictEqual(claimOf('Forty people were killed in Benghazi, Libya, on Monday.', 'Forty').detail.placeList, undefined);
  assert.strictEqual(pairs('Forty people were killed in Benghazi, Libya, on Monday.', 'A total of 300 people were killed in Libya on Monday.').length, 0);
});

test('a figure\'s relative clause past an inserted part is the figure\'s: its place counts', () => {
  const text = 'Among those killed are 14 people, including three Germans, who died on Mount Kilimanjaro after a landslide.';
  assert.deepStrictEqual(places(text, '14'), ['place:mount-kilimanjaro']);
  // Another town's count is no rival of the mountain's; the same mountain's is.
  const town = 'The worst-hit town has been Arusha, where 300 have died.';
  assert.strictEqual(pairs(text, town).filter(f => f.message.includes('14')).length, 0);
  assert.strictEqual(pairs(text, 'Rescuers said 20 people were killed on Mount Kilimanjaro.').length, 1);
});

test('where a journey is going is no place of the people on board', () => {
  assert.deepStrictEqual(places('A plane bound for Madrid with 140 people on board crashed on Tuesday.', '140'), []);
  assert.deepStrictEqual(places('The ferry, en route to Piraeus with 300 passengers, sank on Tuesday.', '300'), []);
  // The same flight's count where it crashed is a rival: the destination no longer keeps the two apart.
  assert.strictEqual(pairs('A plane bound for Madrid with 140 people on board crashed on Tuesday.',
    'The plane that crashed in Porto on Tuesday had 152 people on board.').length, 1);
  // A place the people are in still counts.
  assert.deepStrictEqual(places('About 300 passengers were stranded in Madrid on Tuesday.', '300'), ['place:madrid']);
});
