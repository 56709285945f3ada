// What is counted and what befell it, round 12: the same measure worded differently meets across reports (phrases, nouns
// of the event, compound counted nouns, people named by a crowd's noun), and look-alike measures stay apart. Invented
// sentences of the shapes news uses; each test fails on the build before this round.
const test = require('node:test');
const assert = require('node:assert');
const { report, findings, claimsOf } = require('./claimReports');

const DAY = '2031-04-15';
const messages = (a, b) => findings(['a.txt', report(DAY, a)], ['b.txt', report(DAY, b)]).map(f => `${f.severity}: ${f.message}`);
const keys = text => claimsOf(report(DAY, text)).map(c => c.measure.key);
const meets = (a, b) => assert.ok(messages(a, b).length > 0, `should meet:\n  ${a}\n  ${b}\n  ${keys(a)} / ${keys(b)}`);
const apart = (a, b) => assert.deepStrictEqual(messages(a, b), [], `should stay apart:\n  ${a}\n  ${b}`);

test('an event named in several words is that event: lives lost are deaths, homes fled are the displaced', () => {
  const killed = 'The floods killed 120 people in Ostrava province on Monday, the Red Cross said.';
  meets(killed, 'At least 300 people lost their lives in the floods in Ostrava province on Monday, officials said.');
  meets('The army said 40 soldiers were killed near Tarnow on Monday.', 'Rebels said 300 servicemen lost their lives near Tarnow on Monday.');
  meets('The fighting displaced 20,000 people in Tarnow on Monday, the UN said.',
    'About 60,000 people were forced from their homes by the fighting in Tarnow on Monday, aid groups said.');
  meets('Police said 20,000 people rallied in Tarnow on Sunday.', 'Organizers said 150,000 people took to the streets in Tarnow on Sunday.');
  meets('About 62% of voters cast ballots in the presidential election on Sunday, observers said.',
    'Turnout in the presidential election on Sunday was 45%, the commission said.');
  // A phrase is read whole: people who lost power suffered no loss of life.
  assert.deepStrictEqual(keys('About 12,000 customers lost power in Tarnow on Monday.'), ['customer|powerless']);
  apart(killed, 'About 60,000 people lost power in Ostrava province on Monday, officials said.');
});

test('lives claimed are deaths, lives saved are people rescued', () => {
  meets('The floods claimed 120 lives in Ostrava province on Monday, the Red Cross said.',
    'At least 300 people were killed in the floods in Ostrava province on Monday, officials said.');
  assert.deepStrictEqual(keys('Doctors saved 300 lives in Tarnow on Monday.'), ['person|rescued']);
});

test('a noun of the event counts what it befell: arrests are people arrested, cancellations are flights cancelled', () => {
  const arrested = 'Police arrested 200 people in Tarnow on Monday during the protests.';
  meets(arrested, 'Rights groups said 450 arrests were made in Tarnow on Monday during the protests.');
  meets('Airlines cancelled 1,200 flights at Tarnow airport on Monday because of the storm.',
    'There were 2,500 cancellations at Tarnow airport on Monday because of the storm, officials said.');
  // Look-alikes stay apart: those arrested are not the crowd, flights delayed are not flights cancelled.
  apart(arrested, 'About 20,000 protesters marched in Tarnow on Monday, organizers said.');
  apart('Airlines cancelled 1,200 flights at Tarnow airport on Monday because of the storm.',
    'About 2,500 flights were delayed at Tarnow airport on Monday because of the storm, officials said.');
});

test('a counted noun before a noun of what befell it counts the first with the second\'s event: job cuts, flight cancellations', () => {
  assert.deepStrictEqual(keys('Vantor Motors announced 2,000 job cuts on Monday.'), ['job|cut']);
  assert.deepStrictEqual(keys('Vantor Motors announced 2,000 job losses on Monday.'), ['job|cut']);
  assert.deepStrictEqual(keys('There were 900 flight cancellations on Monday.'), ['flight|cancelled']);
  meets('Vantor Motors announced 2,000 job cuts in Tarnow on Monday.', 'Vantor Motors has laid off 3,500 workers in Tarnow, the union said on Monday.');
  // Jobs a cut is said to save are no jobs cut.
  assert.deepStrictEqual(keys('The cuts were needed to save about 2,000 jobs in the city.'), ['job|saved']);
});

test('people named by a crowd\'s noun count what befell them: protesters killed or detained are no crowd', () => {
  meets('Security forces killed 15 protesters in Tarnow on Sunday, rights groups said.',
    'Officials said 4 people were killed during the protests in Tarnow on Sunday.');
  meets('Police arrested 200 people in Tarnow on Sunday, rights groups said.', 'About 450 protesters were detained in Tarnow on Sunday, officials said.');
  apart('Police arrested 200 demonstrators in Tarnow on Sunday, rights groups said.', 'Officials said 40 demonstrators were injured in Tarnow on Sunday.');
  apart('Security forces killed 15 protesters in Tarnow on Sunday, rights groups said.', 'Organizers said 150,000 protesters marched in Tarnow on Sunday.');
});

test('people infected are cases; cases are neither deaths nor recoveries', () => {
  const cases = 'Ostrava province recorded 400 cases of cholera on Monday, the ministry said.';
  meets(cases, 'In Ostrava province 900 people tested positive for cholera on Monday, health officials said.');
  meets(cases, 'In Ostrava province 900 people were infected with cholera on Monday, health officials said.');
  apart('In Ostrava province 900 people tested positive for cholera on Monday, health officials said.',
    'Cholera killed 30 people in Ostrava province on Monday, the ministry said.');
  apart('In Ostrava province 900 people tested positive for cholera on Monday, health officials said.',
    'In Ostrava province 30 people recovered from cholera on Monday, the ministry said.');
});

test('a holder\'s jobs are its workforce; people something befell stay people', () => {
  meets('Vantor Motors employs 20,000 people in Tarnow, it said on Monday.', 'Vantor Motors has 35,000 employees in Tarnow, the union said on Monday.');
  assert.deepStrictEqual(keys('The company has a 19,500-strong workforce.'), ['job|employed']);
  assert.deepStrictEqual(keys('The plant, with three workers injured, closed on Monday.'), ['person|wounded']);
  // A bare figure in a list after "had" keeps the list's measure.
  assert.deepStrictEqual(keys('Iran had 465 of its pilgrims killed, while Egypt had 146.'), ['person|killed', 'person|killed']);
});

test('flights scrapped or called off are flights cancelled', () => {
  const cancelled = 'Airlines cancelled 1,200 flights at Tarnow airport on Monday because of the storm.';
  meets(cancelled, 'About 2,500 flights were scrapped at Tarnow airport on Monday because of the storm, officials said.');
  meets(cancelled, 'About 2,500 flights were called off at Tarnow airport on Monday because of the storm, officials said.');
});

test('a cause or an occasion as the subject is no group of what is counted: a storm and a hurricane destroy the same homes', () => {
  meets('The storm destroyed 3,000 homes in Tarnow on Monday, officials said.', 'The hurricane destroyed 8,000 homes in Tarnow on Monday, aid groups said.');
  meets('The quake damaged 3,000 buildings in Tarnow on Monday, officials said.', 'The earthquake damaged 8,000 buildings in Tarnow on Monday, aid groups said.');
  meets('The recession cost 20,000 jobs in Tarnow in March, the ministry said.', 'The downturn cost 50,000 jobs in Tarnow in March, economists said.');
  meets('The blizzard forced airlines to cancel 1,200 flights at Tarnow airport on Monday.',
    'The storm cancelled 2,500 flights at Tarnow airport on Monday, officials said.');
  // A sector as the subject still names the part of the count it holds.
  const scopes = text => claimsOf(report(DAY, text)).map(c => c.scope.join(' '));
  assert.deepStrictEqual(scopes('Leisure and hospitality added 21,000 jobs in June.'), ['group:hospitality']);
});

test('more wordings of one event across kinds of news meet; their look-alikes stay apart', () => {
  meets('Vantor Bank said on Monday it had cut 2,000 jobs.', 'Vantor Bank has let go of 3,500 employees, the union said on Monday.');
  meets('About 40,000 workers went on strike in Tarnow on Monday, the union said.', 'Some 90,000 workers walked off the job in Tarnow on Monday, organizers said.');
  meets('The quake left 20,000 people homeless in Tarnow on Monday, officials said.',
    'About 60,000 people lost their homes in the quake in Tarnow on Monday, aid groups said.');
  meets('Gunmen abducted 40 students in Tarnow on Monday, police said.', 'About 90 students were kidnapped in Tarnow on Monday, officials said.');
  meets('Vantoria vaccinated 2 million people in March, the ministry said.', 'About 5 million people received a vaccine in Vantoria in March, the agency said.');
  meets('Police said 300 people were killed in Tarnow in March.', 'There were 500 murders in Tarnow in March, officials said.');
  meets('The fire destroyed 300 homes in Tarnow on Monday, officials said.', 'The fire burned down 800 houses in Tarnow on Monday, firefighters said.');
  meets('About 4,000 passengers were stranded at Tarnow airport on Monday, officials said.',
    'Some 9,000 travellers were stuck at Tarnow airport on Monday, the airline said.');
  assert.deepStrictEqual(keys('The economy grew 2.1% in 2030.'), ['percent|growth']);
  assert.deepStrictEqual(keys('Vantor Bank was fined $50 million on Monday.'), ['usd|fine']);
  assert.deepStrictEqual(keys('Vantor Motors has debts of $2 billion.'), ['usd|debt']);
  assert.deepStrictEqual(keys('Vantor Motors earned $5 billion in 2030.'), ['usd|profit']);
  // Workers who struck are neither cut nor employed; people who struck and marched are the crowd.
  apart('About 40,000 workers went on strike in Tarnow on Monday, the union said.', 'The company employs 90,000 workers in Tarnow, the union said on Monday.');
  apart('Gunmen abducted 40 students in Tarnow on Monday, police said.', 'About 90 students were released in Tarnow on Monday, officials said.');
  apart('Vantoria vaccinated 2 million people in March, the ministry said.', 'Vantoria recorded 5 million cases in March, the agency said.');
  // "lost steam" is no growth: only the economy's own change verb names it.
  assert.deepStrictEqual(keys('The youth jobless rate rose to 21.3% after the economy lost steam.'), ['percent|unemployment']);
});

test('a verb the lexicon does not know names the measure of its figure: the same verb meets, another stays apart', () => {
  assert.deepStrictEqual(keys('The storm uprooted 300 trees in Tarnow on Monday.'), ['tree|~uproot']);
  assert.deepStrictEqual(keys('About 900 trees were uprooted in Tarnow on Monday.'), ['tree|~uproot']);
  meets('Rioters looted 40 shops in Tarnow on Monday, police said.', 'About 90 shops were looted in Tarnow on Monday, traders said.');
  apart('Rioters looted 40 shops in Tarnow on Monday, police said.', 'About 90 shops were torched in Tarnow on Monday, traders said.');
  // Never for a percentage or money (their verbs are changes of a level), nor for a verb of speech or of being.
  // (Round 26: shares that slump are their price's move, `share_price`; bookings have no table.)
  assert.deepStrictEqual(keys('Bookings slumped 12% on Monday.'), ['percent|unspecified']);
  assert.deepStrictEqual(keys('Shares slumped 12% on Monday.'), ['percent|share_price']);
  assert.deepStrictEqual(keys('Officials said there were 300 trees.'), ['tree|unspecified']);
  // A bare figure after it in a list keeps no verb of another figure.
  const listed = claimsOf(report(DAY, 'So far, 88 bodies have been identified and 78 handed over, while 187 are yet to be identified.'));
  // (Round 23: "187 are yet to be identified" names its own measure, the dead not yet identified, never the verb before.)
  assert.deepStrictEqual(listed.map(c => c.measure.key), ['body|~identify', 'body|unspecified', 'person|unidentified']);
});

test('a figure counted besides others ("10 other bodies") is an increment, no rival of the whole', () => {
  assert.deepStrictEqual(keys('Ten other bodies were found in Tarnow on Monday.').map(k => k.endsWith('+diff')), [true]);
  apart('Rescuers said 88 bodies had been identified in Tarnow on Monday.', 'Rescuers said 10 other bodies had been identified in Tarnow on Monday.');
  // "300 others" names a group of its own, no increment.
  assert.ok(!keys('Four people died and 300 others were missing in Tarnow.').some(k => k.endsWith('+diff')));
});

test('a compound counts the modifier only with an event of its own class: "worker deaths" are people killed', () => {
  assert.deepStrictEqual(keys('There were 40 worker deaths at the site last year.'), ['person|killed']);
  assert.deepStrictEqual(keys('The army reported 300 troop losses.'), ['soldier|losses']);
});
