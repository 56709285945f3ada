const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const engine = require('../../dist/engine.js');

const ents = text => engine.recognizeEntities(engine.prepare(text).prepared, {});
const find = (list, text) => list.find(e => e.text === text);
const seed = name => fs.readFileSync(path.join(__dirname, '../../seeds', name), 'utf8');

test('fold key merges transliterations, case and apostrophes', () => {
  const k = engine.foldKey;
  assert.strictEqual(k('Zelenskyy'), k('Zelenskiy'));
  assert.strictEqual(k('Zelenskyi'), k('Zelensky'));
  assert.strictEqual(k('Kurakhove'), k('Kurakhovo'));
  assert.strictEqual(k('KIEV'), k('Kiev'));
  assert.strictEqual(k('André'), 'andre');
});

test('titles are stripped and surnames link to the full name', () => {
  const e = ents('Colonel Ants Kiviselg, the head of the unit, spoke on Monday. Later Kiviselg said the front was stable.');
  assert.strictEqual(find(e, 'Ants Kiviselg').kind, 'person');
  assert.strictEqual(find(e, 'Kiviselg').id, find(e, 'Ants Kiviselg').id);
});

test('well-known people merge spelling variants', () => {
  const e = ents('President Volodymyr Zelenskyy spoke. Zelensky said more. Zelenskiy added.');
  const ids = new Set(e.filter(x => x.kind === 'person').map(x => x.id));
  assert.deepStrictEqual([...ids], ['person:volodymyr-zelenskyy']);
});

test('organizations merge Defence/Defense and country adjectives; nationality inside is not separate', () => {
  const e = ents('The Estonian Ministry of Defence said so. The Ministry of Defense of Estonia agreed, and the ministry added more.');
  const orgs = e.filter(x => x.kind === 'organization');
  assert.ok(orgs.length >= 3);
  assert.strictEqual(new Set(orgs.map(o => o.id)).size, 1);
  assert.ok(!e.some(x => x.kind === 'nationality'));
});

test('countries, acronyms, nationalities and possessives', () => {
  const e = ents('North Korean troops fought in Russiaʼs Kursk Oblast. The DPRK denied it, and Russia’s envoy was silent.');
  assert.strictEqual(find(e, 'North Korean').id, 'nationality:north-korean');
  assert.strictEqual(find(e, 'DPRK').id, 'country:north-korea');
  assert.strictEqual(find(e, 'Russia').id, 'country:russia');
  assert.strictEqual(find(e, 'Kursk Oblast').kind, 'place');
});

test('places: exonyms, upper case, context rules, and sentence-initial common words', () => {
  const e = ents('KIEV, Ukraine — Fighting near Kiev and the village of Berdin went on. March was cold. Heavy rain fell.');
  assert.strictEqual(find(e, 'KIEV').id, 'place:kyiv');
  assert.strictEqual(find(e, 'Kiev').id, 'place:kyiv');
  assert.strictEqual(find(e, 'Berdin').kind, 'place');
  assert.ok(!find(e, 'March') && !find(e, 'Heavy'));
});

test('outlets and acronyms introduced in the report', () => {
  const e = ents('According to The Washington Post (WP), the army moved. WP added that Censor.NET, citing ERR, agreed.');
  // Inside a sentence the capital "The" is part of the printed title (round 36).
  assert.strictEqual(find(e, 'The Washington Post').kind, 'outlet');
  assert.strictEqual(find(e, 'WP').id, find(e, 'The Washington Post').id);
  assert.strictEqual(find(e, 'Censor.NET').kind, 'outlet');
  assert.strictEqual(find(e, 'ERR').kind, 'outlet');
});

test('military units: numbered units are named, an infantry battalion is not', () => {
  const e = ents('A soldier of the 47th Mechanized Brigade said an infantry battalion was lost.');
  assert.strictEqual(find(e, '47th Mechanized Brigade').kind, 'military_unit');
  assert.ok(!e.some(x => x.text.includes('infantry')));
});

test('other domains: a flood in Germany and an election in Brazil', () => {
  const flood = ents('Floods hit the town of Altenahr in Germany on Friday. Mayor Anna Schmidt said the Rhine rose, the German Weather Service warned.');
  assert.strictEqual(find(flood, 'Germany').kind, 'country');
  assert.strictEqual(find(flood, 'Altenahr').kind, 'place');
  assert.strictEqual(find(flood, 'Anna Schmidt').kind, 'person');
  assert.strictEqual(find(flood, 'German Weather Service').kind, 'organization');
  const vote = ents('In São Paulo, President Luiz Inácio Lula da Silva voted. Bolsonaro, the former president, told Reuters he would wait.');
  assert.strictEqual(find(vote, 'São Paulo').kind, 'place');
  assert.strictEqual(find(vote, 'Luiz Inácio Lula da Silva').kind, 'person');
  assert.strictEqual(find(vote, 'Bolsonaro').kind, 'person');
  assert.strictEqual(find(vote, 'Reuters').kind, 'outlet');
});

test('seeds: spans are exact, without possessives, and key entities are found', () => {
  for (const f of fs.readdirSync(path.join(__dirname, '../../seeds'))) {
    const text = seed(f);
    for (const e of ents(text)) {
      assert.strictEqual(text.slice(e.start, e.end), e.text);
      assert.ok(!/['’ʼ]s$/.test(e.text), e.text);
      assert.match(e.id, /^[a-z_]+:[a-z0-9-]+$/);
    }
  }
  const e = ents(seed('001_dd489d155deab575.txt'));
  assert.strictEqual(find(e, 'Estonian Defense Forces Intelligence Center').kind, 'organization');
  assert.strictEqual(find(e, 'Velyka Novosilka').kind, 'place');
});

test('linkAcrossDocuments links a lone surname to the one full name in the corpus', () => {
  const docs = [
    { entities: [{ kind: 'person', id: 'person:ants-kiviselg', name: 'Ants Kiviselg' }] },
    { entities: [{ kind: 'person', id: 'person:kiviselg', name: 'Kiviselg' }, { kind: 'person', id: 'person:olena-kovalenko', name: 'Olena Kovalenko' }] },
  ];
  const m = engine.linkAcrossDocuments(docs);
  assert.strictEqual(m.get('person:kiviselg'), 'person:ants-kiviselg');
  assert.ok(!m.has('person:olena-kovalenko'));
});

// Speed is measured by npm run bench; here adversarial input must finish (the timeout turns a hang into a failure).
test('adversarial inputs finish with entities that point into the text', { timeout: 120_000 }, () => {
  for (const text of ['1,'.repeat(200000), 'A'.repeat(400000), 'Aa '.repeat(130000), 'Ministry of the '.repeat(30000)]) {
    for (const e of ents(text)) assert.ok(e.id && e.id.includes(':'), JSON.stringify(e).slice(0, 80));
  }
});

// Reports in other domains and styles. Each asserts the key entities with kind and id, and the usual false positives absent.
const has = (list, text, kind, id) => {
  const e = list.find(x => x.text === text && x.kind === kind);
  assert.ok(e, `${kind} "${text}" missing: ${list.map(x => `${x.kind}:${x.text}`).join(', ')}`);
  if (id) assert.strictEqual(e.id, id, text);
};
const none = (list, ...texts) => {
  for (const t of texts) assert.ok(!list.some(x => x.text === t), `"${t}" should not be an entity`);
};

test('wire story: earthquake in Turkey', () => {
  const e = ents(`ANKARA, Feb 7 (Reuters) - A magnitude 7.8 earthquake struck southern Turkey and northwest Syria on Monday, killing more than 2,300 people, officials said.
Turkey's disaster agency AFAD said the quake hit near Gaziantep, and buildings collapsed in Kahramanmaras, Hatay and Malatya. President Tayyip Erdogan declared seven days of mourning.
"We are facing one of the biggest disasters in our history," Erdogan told reporters in Ankara. The U.S. Geological Survey put the depth at 18 km.
In Syria, the White Helmets rescue group said hundreds were trapped in Idlib province.
Advertisement
Comments`);
  has(e, 'ANKARA', 'place', 'place:ankara');
  has(e, 'Reuters', 'outlet', 'outlet:reuters');
  has(e, 'Turkey', 'country', 'country:turkey');
  has(e, 'AFAD', 'organization', 'organization:afad');
  has(e, 'Hatay', 'place');
  has(e, 'Tayyip Erdogan', 'person', 'person:recep-tayyip-erdogan');
  has(e, 'Erdogan', 'person', 'person:recep-tayyip-erdogan');
  has(e, 'U.S. Geological Survey', 'organization', 'organization:us-geological-survey');
  has(e, 'White Helmets', 'organization');
  none(e, 'Monday', 'Advertisement', 'Comments', 'In', 'A');
});

test('court ruling in the US: justices, courts, states', () => {
  const e = ents(`WASHINGTON (AP) — The U.S. Supreme Court on Thursday struck down a Texas law that barred social media companies from removing posts.
Chief Justice John Roberts wrote for the majority. Justice Clarence Thomas dissented, joined by Justices Samuel Alito and Neil Gorsuch.
Texas Attorney General Ken Paxton said the state would keep fighting. The case now returns to the 5th U.S. Circuit Court of Appeals in New Orleans.`);
  has(e, 'AP', 'outlet', 'outlet:associated-press');
  has(e, 'U.S. Supreme Court', 'organization', 'organization:us-supreme-court');
  has(e, 'Texas', 'place', 'place:texas');
  has(e, 'John Roberts', 'person');
  has(e, 'Samuel Alito', 'person');
  has(e, 'Ken Paxton', 'person', 'person:ken-paxton');
  has(e, 'New Orleans', 'place');
  none(e, 'Chief', 'Justice', 'Attorney General', 'Thursday');
});

test('football transfer: clubs are organizations, not their cities', () => {
  const e = ents(`Real Madrid have completed the signing of Kylian Mbappé from Paris Saint-Germain on a five-year contract, the Spanish club announced on Monday.
The France captain joins on a free transfer after his deal with PSG expired. Coach Carlo Ancelotti said the forward would wear the number 9 shirt.
Mbappé scored 256 goals in 308 games for the Ligue 1 champions, according to L'Équipe.`);
  has(e, 'Real Madrid', 'organization', 'organization:real-madrid');
  has(e, 'Paris Saint-Germain', 'organization', 'organization:paris-saint-germain');
  has(e, 'PSG', 'organization', 'organization:paris-saint-germain');
  has(e, 'Kylian Mbappé', 'person', 'person:kylian-mbappe');
  has(e, 'Mbappé', 'person', 'person:kylian-mbappe');
  has(e, 'Carlo Ancelotti', 'person');
  has(e, 'Spanish', 'nationality', 'nationality:spanish');
  has(e, "L'Équipe", 'outlet');
  none(e, 'Real', 'Madrid', 'Paris', 'Coach');
});

test('central bank decision: banks, legal forms, officials', () => {
  const e = ents(`FRANKFURT (Reuters) - The European Central Bank cut its deposit rate by 25 basis points to 3.75% on Thursday.
ECB President Christine Lagarde told a news conference in Frankfurt that inflation was on track. Bundesbank President Joachim Nagel backed the move.
Economists at Deutsche Bank AG and BNP Paribas SA had expected the decision. Fed Chair Jerome Powell said last month that the Federal Reserve would wait.`);
  has(e, 'European Central Bank', 'organization', 'organization:european-central-bank');
  has(e, 'ECB', 'organization', 'organization:european-central-bank');
  has(e, 'Christine Lagarde', 'person');
  has(e, 'Deutsche Bank AG', 'organization', 'organization:deutsche-bank');
  has(e, 'BNP Paribas SA', 'organization', 'organization:bnp-paribas');
  has(e, 'Fed', 'organization', 'organization:federal-reserve');
  has(e, 'Jerome Powell', 'person');
  none(e, 'AG', 'SA', 'President', 'Chair');
});

test('wildfire in Greece: features, towns, officials', () => {
  const e = ents(`ATHENS, Greece — A wildfire fanned by strong winds raged through the outskirts of Athens on Monday, forcing the evacuation of the town of Varnavas.
The fire brigade said 700 firefighters were battling the blaze on Mount Penteli. Civil Protection Minister Vassilis Kikilias said the next hours were critical.
Prime Minister Kyriakos Mitsotakis cut short his holiday. The fire reached the area around Lake Marathon by evening, according to the state broadcaster ERT.`);
  has(e, 'ATHENS', 'place', 'place:athens');
  has(e, 'Greece', 'country', 'country:greece');
  has(e, 'Varnavas', 'place');
  has(e, 'Mount Penteli', 'place', 'place:mount-penteli');
  has(e, 'Lake Marathon', 'place');
  has(e, 'Vassilis Kikilias', 'person');
  has(e, 'Kyriakos Mitsotakis', 'person');
  has(e, 'ERT', 'outlet');
  none(e, 'Civil Protection Minister', 'Prime', 'Monday');
});

test('merger press release: companies with legal forms, shorter names later, compound titles', () => {
  const e = ents(`NEW YORK, March 4, 2024 /PRNewswire/ -- Helvion Therapeutics Inc. (NASDAQ: HLVN) and Corvane Biosciences Ltd today announced a merger agreement.
Under the agreement, Helvion will acquire all outstanding shares of Corvane. "This combination creates a leader," said Dr. Maria Okafor, Chief Executive Officer of Helvion.
Chief Financial Officer Tom Reyes said the board supports the deal.
About Helvion Therapeutics
Helvion is headquartered in Boston, Massachusetts.`);
  has(e, 'Helvion Therapeutics Inc.', 'organization', 'organization:helvion-therapeutics');
  has(e, 'Corvane Biosciences Ltd', 'organization', 'organization:corvane-biosciences');
  has(e, 'Corvane', 'organization', 'organization:corvane-biosciences');
  has(e, 'Helvion Therapeutics', 'organization', 'organization:helvion-therapeutics');
  assert.ok(e.filter(x => x.text === 'Helvion' && x.id === 'organization:helvion-therapeutics').length >= 2);
  has(e, 'NASDAQ', 'organization', 'organization:nasdaq');
  has(e, 'Maria Okafor', 'person');
  has(e, 'Tom Reyes', 'person');
  has(e, 'Massachusetts', 'place', 'place:massachusetts');
  none(e, 'Financial', 'Executive', 'Officer', 'Inc', 'Ltd', 'About');
});

test('Indian state election: parties, acronyms, states', () => {
  const e = ents(`LUCKNOW — The Bharatiya Janata Party won a clear majority in the Uttar Pradesh assembly election on Thursday, with Chief Minister Yogi Adityanath retaining his seat.
The Samajwadi Party led by Akhilesh Yadav came second with 111 seats. In neighbouring Punjab, the Aam Aadmi Party swept 92 of 117 seats.
AAP leader Arvind Kejriwal called it a revolution. Results in Goa and Manipur also favoured the BJP, while the Workers' Party and the Social Democratic Party won nothing.`);
  has(e, 'Bharatiya Janata Party', 'organization', 'organization:bharatiya-janata-party');
  has(e, 'BJP', 'organization', 'organization:bharatiya-janata-party');
  has(e, 'Uttar Pradesh', 'place', 'place:uttar-pradesh');
  has(e, 'Samajwadi Party', 'organization');
  has(e, 'AAP', 'organization', 'organization:aam-aadmi-party');
  has(e, 'Punjab', 'place');
  has(e, 'Manipur', 'place');
  has(e, 'Yogi Adityanath', 'person');
  has(e, "Workers' Party", 'organization', 'organization:workers-party');
  has(e, 'Social Democratic Party', 'organization');
  none(e, 'Chief Minister', 'Thursday');
});

test('WHO outbreak statement: agencies, countries by acronym, regions', () => {
  const e = ents(`GENEVA, 14 August 2024 — The World Health Organization (WHO) has declared the mpox upsurge in the Democratic Republic of the Congo an emergency.
WHO Director-General Dr Tedros Adhanom Ghebreyesus said the new clade was worrying. More than 15,600 cases were reported in the DRC, with cases in Burundi and Kenya.
The Africa Centres for Disease Control and Prevention declared a continental emergency. UNICEF and Gavi said vaccines would be shipped to South Kivu.`);
  has(e, 'GENEVA', 'place', 'place:geneva');
  has(e, 'World Health Organization', 'organization', 'organization:world-health-organization');
  has(e, 'DRC', 'country', 'country:congo');
  has(e, 'Tedros Adhanom Ghebreyesus', 'person');
  has(e, 'Africa Centres for Disease Control and Prevention', 'organization');
  has(e, 'Gavi', 'organization');
  has(e, 'South Kivu', 'place');
  none(e, 'August', 'Director-General');
});

test('Sahel conflict report: French and Arabic names, groups, units', () => {
  const e = ents(`BAMAKO, Mali (AFP) — Jihadists linked to al-Qaeda attacked an army post near Tessalit in northern Mali on Sunday, the Malian army said.
The Group for the Support of Islam and Muslims (JNIM) claimed the attack. Colonel Souleymane Dembélé, the army spokesman, said reinforcements came from Kidal.
Transitional President Assimi Goïta met Burkinabe officials in Ouagadougou. Fighters from the Wagner Group, now Africa Corps, were seen near Gao.
Mohamed Ag Ahmed, a resident of Tessalit, told RFI that the town was calm.`);
  has(e, 'AFP', 'outlet', 'outlet:agence-france-presse');
  has(e, 'Mali', 'country', 'country:mali');
  has(e, 'Malian', 'nationality', 'nationality:malian');
  has(e, 'Tessalit', 'place');
  has(e, 'al-Qaeda', 'organization');
  has(e, 'JNIM', 'organization');
  has(e, 'Souleymane Dembélé', 'person');
  has(e, 'Assimi Goïta', 'person');
  has(e, 'Wagner Group', 'organization', 'organization:wagner-group');
  has(e, 'Mohamed Ag Ahmed', 'person');
  has(e, 'RFI', 'outlet');
  none(e, 'Colonel', 'Sunday', 'Jihadists');
});

test('rivers, lower-case admin words and world regions', () => {
  const e = ents('The Surma river rose near Sylhet city, floods hit Sunamganj district and India\'s Assam state, and demand in Central Europe held. The Ganges and the Zambezi valley were dry.');
  has(e, 'Surma', 'place', 'place:surma-river');
  has(e, 'Sunamganj', 'place');
  has(e, 'Assam', 'place', 'place:assam');
  has(e, 'Central Europe', 'place', 'place:central-europe');
  has(e, 'Ganges', 'place', 'place:ganges-river');
  has(e, 'Zambezi valley', 'place');
});

test('in-report linking: a bare region name, a national body, lower-case armed forces', () => {
  const e = ents('Fighting continued in the Kursk region. Ukrainian troops advanced in Kursk, but the road to Kursk was cut. Late on Sunday, the General Staff in Kiev said the Ukrainian armed forces held.');
  const kursk = e.filter(x => x.text === 'Kursk');
  assert.strictEqual(kursk[0].id, 'place:kursk-oblast');
  assert.strictEqual(kursk[1].id, 'place:kursk');
  has(e, 'General Staff', 'organization', 'organization:general-staff-of-ukraine');
  has(e, 'Ukrainian armed forces', 'organization', 'organization:armed-forces-of-ukraine');
});

test('outlet ids are the printed names; page headings are not outlets', () => {
  const e = ents('Current News\nAccording to The Washington Post and Bloomberg News, RFE/RL’s Ukrainian Service and DeepStateMAP agreed.');
  has(e, 'The Washington Post', 'outlet', 'outlet:the-washington-post');
  has(e, 'Bloomberg News', 'outlet', 'outlet:bloomberg-news');
  has(e, 'RFE/RL', 'outlet', 'outlet:rfe-rl');
  has(e, 'Ukrainian Service', 'outlet', 'outlet:rfe-rl-ukrainian-service');
  has(e, 'DeepStateMAP', 'outlet', 'outlet:deepstatemap');
  none(e, 'Current News');
});

test('a country written out, abbreviated or dotted in an organization name is one body', () => {
  const ids = ['The United States Geological Survey said.', 'The U.S. Geological Survey said.', 'The US Geological Survey said.']
    .map(t => engine.analyzeText('r.txt', t).entities.find(e => e.kind === 'organization')?.id);
  assert.ok(ids[0], 'the organization is recognized');
  assert.deepStrictEqual(new Set(ids).size, 1, ids.join(' / '));
  // Another name of the country is part of a company's name, not a country prefix.
  const company = engine.analyzeText('r.txt', 'America Movil Group said.').entities.find(e => e.kind === 'organization');
  assert.strictEqual(company?.name, 'America Movil Group');
});

test('a portfolio alone is no title: "the Finance Bill" is no person; "Health Cabinet Secretary X" is X', () => {
  const names = t => engine.analyzeText('r.txt', t).entities.map(e => `${e.text}/${e.kind}`);
  assert.deepStrictEqual(names('The Finance Bill 2024 aims to raise revenue.').filter(n => n.endsWith('/person')), []);
  assert.deepStrictEqual(names('Health Cabinet Secretary Susan Nakhumicha said hospitals were full.'), ['Susan Nakhumicha/person']);
  assert.ok(names('Finance Minister Sergii Marchenko said so.').includes('Sergii Marchenko/person'));
});

test('an acronym after an organization noun takes one capitalized word with it: "the union IG Metall"', () => {
  const orgs = engine.analyzeText('r.txt', 'Volkswagen and the German union IG Metall agreed on Friday.').entities
    .filter(e => e.kind === 'organization').map(e => e.name);
  assert.ok(orgs.includes('IG Metall'), orgs.join(', '));
  const m23 = engine.analyzeText('r.txt', 'Fighters of the rebel group M23 captured Goma.').entities.map(e => `${e.text}/${e.kind}`);
  assert.ok(m23.includes('M23/organization') && m23.includes('Goma/place'), m23.join(', '));
});

test('a known acronym in brackets that spells the name is its alias; a place word ends no person; advisers are titles', () => {
  const ents = t => engine.analyzeText('r.txt', t).entities.map(e => `${e.text}/${e.kind}`);
  const afp = engine.analyzeText('r.txt', 'The Armed Forces of the Philippines (AFP) released a video.').entities.find(e => e.text === 'AFP');
  assert.strictEqual(afp?.kind, 'organization');
  // A dateline's agency is still the agency.
  assert.ok(ents('NAIROBI, June 25 (AFP) - Police fired tear gas.').includes('AFP/outlet'));
  assert.ok(ents('Vessels rammed a boat near the disputed Second Thomas Shoal on Monday.').includes('Thomas Shoal/place'));
  assert.ok(ents('National Security Adviser Eduardo Año said one sailor was hurt.').includes('Eduardo Año/person'));
});

test('transliterations link across reports: Alexei/Aleksei/Alexey Navalny(i); Hizbollah and Huthi are known groups', () => {
  const { documents } = engine.analyzeCorpus([
    { path: 'a.txt', text: 'Alexei Navalny died in prison, his team said.\n' },
    { path: 'b.txt', text: 'Aleksei Navalnyi died, officials said.\n' },
    { path: 'c.txt', text: 'Alexey Navalny was buried. Hizbollah fighters attacked. Huthi rebels fired.\n' },
  ]);
  const people = new Set(documents.flatMap(d => d.entities.filter(e => e.kind === 'person').map(e => e.id)));
  assert.strictEqual(people.size, 1, [...people].join(', '));
  const orgs = documents[2].entities.filter(e => e.kind === 'organization').map(e => e.name);
  assert.deepStrictEqual(orgs, ['Hezbollah', 'Houthis']);
});

test('an all-caps headline word is no acronym of a group: "THE WAR IS OVER"', () => {
  const ents = engine.analyzeText('r.txt', 'THE WAR IS OVER, SAYS KYIV\n\nText.').entities.map(e => e.text);
  assert.deepStrictEqual(ents, ['KYIV']);
});
