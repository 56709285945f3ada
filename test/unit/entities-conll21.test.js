// Entity classes of round 21 (issue 11, found on CoNLL-2003 eng.train): surnames in standings, cricket scorecards.
// Texts are invented.
const test = require('node:test');
const assert = require('node:assert');
const engine = require(process.env.CROSSCHECK_ENGINE || '../../dist/engine.js');

const ents = text => engine.recognizeEntities(engine.prepare(text).prepared, {});
const find = (list, text) => list.find(e => e.text === text);
const all = (list, text) => list.filter(e => e.text === text);

test('a lone surname before a score in standings is the rider named in full, not a side', () => {
  const e = ents('Results of the tenth round of the sidecar championship on Sunday:\n'
    + '1. Marek Tolvane (Finland) Honda 41:10.221\n'
    + '2. Jens Orbeck (Norway) Yamaha 41:12.904\n'
    + '3. Paolo Strinati (Italy) Ducati 41:15.330\n'
    + 'Championship standings after ten rounds:\n'
    + '1. Orbeck 212 points\n'
    + '2. Tolvane 198\n'
    + '3. Strinati 187\n'
    + 'Leading club standings:\n'
    + 'Velmora 41 Dunstable 38\n');
  for (const rider of ['Orbeck', 'Tolvane', 'Strinati']) {
    const m = all(e, rider);
    assert.strictEqual(m.length, 1, rider);
    assert.strictEqual(m[0].kind, 'person', rider);
  }
  assert.strictEqual(find(e, 'Velmora')?.kind, 'organization');
});

test('players in the slots of a cricket scorecard are people, not towns or sides', () => {
  const e = ents('Scoreboard on the second day of the match between Northland and Westmark:\n'
    + 'Westmark first innings\n'
    + 'T. Halloran c Dunmore b Kelso 58\n'
    + 'Rashid Kavani lbw b Ardley 12\n'
    + 'Imtiaz-ul-Rahman st Pelling b Kelso 7\n'
    + 'Farid Osmani not out 44\n'
    + 'Extras (lb-3 nb-6) 9\n'
    + 'Total (for three wickets) 130\n'
    + 'To bat: Nadeem Sajjad, Karim Bhatti, Owais\n'
    + 'Bowling: Kelso 14-2-51-2, Ardley 9.3-1-30-1,\n'
    + 'Dunmore 6-0-22-0\n');
  for (const player of ['Dunmore', 'Kelso', 'Rashid Kavani', 'Ardley', 'Imtiaz-ul-Rahman', 'Pelling', 'Farid Osmani',
    'Nadeem Sajjad', 'Karim Bhatti', 'Owais']) {
    const m = all(e, player);
    assert.ok(m.length >= 1, player);
    for (const x of m) assert.strictEqual(x.kind, 'person', player);
  }
  // Lower-case "b" and "c" outside a scorecard's slots name nobody.
  const p = ents('Plan b Kelso said the firm would fall to grade c Monday.');
  assert.strictEqual(p.filter(x => x.kind === 'person' && x.text === 'Monday').length, 0);
});

test('the other full names in a list of people are people too; lists of places and bodies stay', () => {
  const e = ents('The coach named his squad on Monday.\n'
    + 'Defenders - Peter Marlow, Ilkay Dorvanu, Steven Hale, Osric Tamblyn (captain), Davor Kessik.\n'
    + 'Norvania: Amrit Sodhan, Faiyaz Qorbani, Tariq Belhaj, Zoran Vuksek, Imre Galdos, Arvo Lepik.\n');
  for (const player of ['Peter Marlow', 'Ilkay Dorvanu', 'Steven Hale', 'Osric Tamblyn', 'Davor Kessik', 'Amrit Sodhan',
    'Faiyaz Qorbani', 'Tariq Belhaj', 'Zoran Vuksek', 'Imre Galdos', 'Arvo Lepik']) {
    assert.strictEqual(find(e, player)?.kind, 'person', player);
  }
  const p = ents('The fund holds shares in: Nordvik Foods ASA, Kessel Holdings Ltd, Tamblyn Mining Corp, Lepik Energy Inc.\n'
    + 'It has offices in: New York, Hong Kong, Buenos Aires, Cape Town, Kuala Lumpur.\n');
  assert.strictEqual(p.filter(x => x.kind === 'person').length, 0, JSON.stringify(p.filter(x => x.kind === 'person')));
});

test("a rider's or driver's team between his bracketed country and his time is an organization", () => {
  const e = ents('Leading results of the stage on Sunday:\n'
    + '1. Marco Velli (Italy) Saeco 4:43:11\n'
    + '2. Jan Dorsten (Germany) Kestrel-Vanto 0:12 behind\n'
    + '3. Lars Amund (Denmark) Jordan 1:53.152\n'
    + '4. Pavel Brenek (Czech Republic) 1:54.007\n'
    + 'Team pursuit: Anton Krell (Germany)\n'
    + 'Quarter-finals\n');
  for (const team of ['Saeco', 'Kestrel-Vanto', 'Jordan']) assert.strictEqual(find(e, team)?.kind, 'organization', team);
  assert.strictEqual(find(e, 'Czech Republic')?.kind, 'country');
  assert.ok(!find(e, 'Quarter-finals') || find(e, 'Quarter-finals').kind !== 'organization');
});

test('in a report of matches a town after a match word, "victory over", or owning something is a side', () => {
  const e = ents('Dutch league results on Saturday:\n'
    + 'Zwolle 2 Breda 1\n'
    + 'Venlo 0 Dordrecht 3\n'
    + 'The coach said his side would go top if they beat Almelo on Sunday.\n'
    + 'Last week a 2-0 victory over Deventer lifted them to third.\n'
    + "Helmond's new Belgian goalkeeper was booked.\n"
    + "Fans flew in to Eindhoven's busiest airport.\n");
  for (const side of ['Almelo', 'Deventer', 'Helmond']) assert.strictEqual(find(e, side)?.kind, 'organization', side);
  assert.strictEqual(find(e, 'Eindhoven')?.kind, 'place');
});

test("a legal form's one dot that also ends the sentence stays out of the company's span", () => {
  const text = 'Analysts turned bullish on Kessel Holdings Inc. The shares rose.\nTamblyn Mining Corp. said on Monday it sold its stake.\n';
  const e = ents(text);
  assert.ok(find(e, 'Kessel Holdings Inc'), JSON.stringify(e.map(x => x.text)));
  assert.ok(find(e, 'Tamblyn Mining Corp.'), JSON.stringify(e.map(x => x.text)));
});
