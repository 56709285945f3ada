// Figures that state no fact (claims/modality.ts, claims/wanted.ts, claims/bounds.ts, claims/rejection.ts): a figure
// wanted, planned or foreseen, a capacity or a requirement, a question, a negated or set-aside figure, a figure at risk
// or averted. Each is no claim the check pairs; the stated figure beside it still pairs. Invented sentences, each of a
// shape the build before paired with a stated figure of another report.
const test = require('node:test');
const assert = require('node:assert');
const { report, findings, claimsOf } = require('./claimReports');

const DAY = '2031-04-10';
const messages = (...docs) => findings(...docs).map(f => `${f.severity}: ${f.message}`);
/** Findings between one sentence and a stated figure of another report of the same day. */
const against = (sentence, stated) => messages(['a.txt', report(DAY, sentence)], ['b.txt', report(DAY, stated)]);
/** The modality of the claim whose figure text starts with `figure`. */
function modality(sentence, figure) {
  const claim = claimsOf(report(DAY, sentence)).find(c => c.quantity.text.startsWith(figure));
  assert.ok(claim, `a claim for ${figure} in: ${sentence}`);
  return claim.modality;
}

test('a figure someone wants, demands or plans is a forecast, not a count', () => {
  const cases = [
    ['The Velmora front hoped to draw 2 million people to the march in Tarsin on Saturday.', '2 million',
      'Police said 70,000 people marched in Tarsin on Saturday.'],
    ['The opposition called for 150,000 people to join the protest in Tarsin on Saturday.', '150,000',
      'Police said 35,000 people joined the protest in Tarsin on Saturday.'],
    ['Kestrel Air gave revenue guidance of $4 billion for the year.', '$4 billion',
      'Kestrel Air reported revenue of $5.2 billion for the year.'],
    ['The Ostland central bank lowered its inflation projection to 2.5% this year.', '2.5%',
      'Inflation in Ostland was 4.8% this year, the statistics office said.'],
    ['The Ostland budget targets a deficit of 2% of GDP this year.', '2%',
      'Ostland ran a budget deficit of 4.4% of GDP this year, the finance ministry said.'],
    ['The finance ministry sees unemployment in Ostland at 8% this year.', '8%',
      'Unemployment in Ostland was 5.9% this year, the statistics office said.'],
  ];
  for (const [sentence, figure, stated] of cases) {
    assert.strictEqual(modality(sentence, figure), 'forecast', sentence);
    assert.deepStrictEqual(against(sentence, stated), [], sentence);
  }
  // A wanting word whose object presupposes the figure, or a figure after another one, leaves it stated.
  assert.strictEqual(modality('The families demanded justice for the 140 people killed in Tarsin.', '140'), 'asserted');
  assert.strictEqual(modality('Kestrel Air promised to rebuild the 600 homes destroyed in Tarsin.', '600'), 'asserted');
  assert.strictEqual(modality('Kestrel Air beat its guidance with revenue of $5.2 billion.', '$5.2 billion'), 'asserted');
});

test('a figure a relative clause hopes for or expects, or the object of "had expected", is a forecast', () => {
  const sentence = 'Turnout in the Ostland referendum was 44.1%, short of the 65% the government had hoped for.';
  assert.strictEqual(modality(sentence, '65%'), 'forecast');
  assert.strictEqual(modality(sentence, '44.1%'), 'asserted');
  assert.strictEqual(modality('Organizers had expected 600,000 people in Tarsin on Saturday.', '600,000'), 'forecast');
  const found = against(sentence, 'Turnout in the Ostland referendum was 65%, the commission said.');
  assert.strictEqual(found.length, 1, found.join('\n'));
  assert.match(found[0], /44\.1% here vs 65%/);
});

test('a capacity is a bound, not a count; the count beside it still pairs', () => {
  const cases = [
    ['The Tarsin arena can hold up to 65,000 fans.', 'up to 65,000'],
    ['The final was played in a Tarsin arena built for 50,000 spectators.', '50,000'],
    ['The new wind farm off Tarsin generates enough to power 90,000 homes.', '90,000'],
    ['The Tarsin arena seats 48,000 spectators.', '48,000'],
    ['The Tarsin arena holds up to 65,000 fans.', 'up to 65,000'],
  ];
  for (const [sentence, figure] of cases) assert.strictEqual(modality(sentence, figure), 'bound', sentence);
  assert.deepStrictEqual(against('The Tarsin arena can hold up to 65,000 fans.',
    'About 31,000 fans attended the final at the Tarsin arena on Saturday.'), []);
  const both = 'About 31,000 fans attended the final at the Tarsin arena, which can hold 65,000.';
  assert.strictEqual(modality(both, 'About 31,000'), 'asserted');
  assert.strictEqual(modality(both, '65,000'), 'bound');
});

test('a requirement or a threshold is a bound: what a result needs, not what it was', () => {
  const cases = [
    ['Lena Marsk needs 50% plus one to win the presidential election outright.', '50%',
      'Lena Marsk won 43.8% of the vote in the presidential election, the commission said.'],
    ['The Ostland referendum required a turnout of 40% to be valid.', '40%',
      'Turnout in the Ostland referendum was 31.5%, the commission said.'],
    ['The inflation target in Ostland is 2%.', '2%', 'Inflation in Ostland was 6.1% in March, the statistics office said.'],
    ['At least 40% of voters must take part for the Ostland referendum to be valid.', 'At least 40%',
      'Turnout in the Ostland referendum was 31.5%, the commission said.'],
  ];
  for (const [sentence, figure, stated] of cases) {
    assert.strictEqual(modality(sentence, figure), 'bound', sentence);
    assert.deepStrictEqual(against(sentence, stated), [], sentence);
  }
  assert.strictEqual(modality('The bill fell short of the 120 votes needed to pass.', '120'), 'bound');
  assert.strictEqual(modality('Ostland has a minimum turnout of 40% for referendums.', '40%'), 'bound');
  assert.strictEqual(modality('The law caps rent rises in Ostland at 4% a year.', '4%'), 'bound');
  // A figure before "needed" is its subject: "80 people needed hospital treatment" happened.
  assert.strictEqual(modality('80 people needed hospital treatment after the blast in Tarsin.', '80'), 'asserted');
});

test('a yes/no question or an embedded one asks about a figure; a wh-question presupposes it', () => {
  assert.strictEqual(modality('Were 400 people killed in Tarsin?', '400'), 'question');
  assert.strictEqual(modality('It is not known whether 400 people died in the fire in Tarsin.', '400'), 'question');
  assert.strictEqual(modality('Why were 400 people killed in Tarsin, the opposition asked.', '400'), 'asserted');
  assert.deepStrictEqual(against('Were 400 people killed in Tarsin?', 'The floods in Tarsin killed 160 people, officials said.'), []);
});

test('a negated or set-aside figure is rejected; one a named maker claimed stays theirs', () => {
  const cases = [
    ['The toll in Tarsin was 160, not 450, as first reported.', '450'],
    ['The army did not kill 450 civilians in Tarsin, the general said.', '450'],
    ['The final toll in Tarsin was 160 rather than the 450 first reported.', '450'],
    ['Police counted 30,000 marchers in Tarsin, far fewer than the 300,000 claimed.', '300,000'],
    ['The ministry dismissed exaggerated reports of 900 dead in Tarsin.', '900'],
    ['Several outlets wrongly reported that 450 people died in Tarsin.', '450'],
    ['The mayor doubted that 450 people had died in Tarsin.', '450'],
  ];
  for (const [sentence, figure] of cases) assert.strictEqual(modality(sentence, figure), 'rejected', sentence);
  assert.strictEqual(modality('The toll in Tarsin was 160, not 450, as first reported.', '160'), 'asserted');
  assert.strictEqual(modality('Police counted 30,000 marchers, fewer than the 300,000 claimed by the organizers.', '300,000'), 'asserted');
  assert.strictEqual(modality('The toll does not include 70 people still missing in Tarsin.', '70'), 'asserted');
  const found = against('The army did not kill 450 civilians in Tarsin, the general said.',
    'The army killed 90 civilians in Tarsin, witnesses said.');
  assert.deepStrictEqual(found, []);
});

test('a figure at risk or averted is no count of what happened', () => {
  assert.strictEqual(modality('Up to 6,000 jobs at Kestrel Air are at risk.', 'Up to 6,000'), 'possibility');
  assert.strictEqual(modality('A potential 2,500 job cuts at Kestrel Air were discussed.', '2,500'), 'possibility');
  assert.strictEqual(modality('The vaccine campaign in Ostland prevented 15,000 deaths, a study said.', '15,000'), 'conditional');
  assert.strictEqual(modality('A study found that 15,000 deaths in Ostland were averted.', '15,000'), 'conditional');
  assert.strictEqual(modality('A bus carrying 40 children narrowly avoided the collapse in Tarsin.', '40'), 'asserted');
  assert.deepStrictEqual(against('The vaccine campaign in Ostland prevented 15,000 deaths, a study said.',
    'The virus has killed 6,200 people in Ostland, the health ministry said.'), []);
});

test('two forecasts of one figure by different voices are rival forecasts, not a contradiction', () => {
  const hope = 'Kestrel Air hopes to carry 9 million passengers next year, its chief executive said.';
  const aim = 'The transport ministry is aiming for Kestrel Air to carry 6 million passengers next year.';
  assert.strictEqual(modality(hope, '9 million'), 'forecast');
  assert.strictEqual(modality(aim, '6 million'), 'forecast');
  assert.deepStrictEqual(against(hope, aim), []);
});
