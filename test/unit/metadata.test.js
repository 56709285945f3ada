const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const engine = require('../../dist/engine.js');

const seed = name => fs.readFileSync(path.join(__dirname, '../../seeds', name), 'utf8');

function meta(text) {
  const { prepared, front } = engine.prepare(text);
  return engine.inferMetaWith(prepared, front.data, front.error, { nowYear: 2026 });
}

test('seeds: publication date, outlet and title where the report states them', () => {
  const expected = {
    '000_190a39e8fc4a33b5.txt': ['2025-01-31', null, 'Estonian Defence Ministry: Despite talks of negotiations, Russian troops keep pace of advance'],
    '001_dd489d155deab575.txt': [null, null, 'DPRK may send new units to Russia by summer - Estonian intelligence'],
    '002_f0a05695e7a4488d.txt': ['2025-01-11', 'ua.news', 'In the event of the withdrawal of the Defense Forces from Kursk Oblast, 60,000 invaders will attack Ukraine — The Washington Post'],
    '003_79037f0ed4309734.txt': [null, 'Bloomberg News', "Heavy clashes as Ukraine launches fresh offensive in Russia's Kursk"],
    '004_adff6eb275203194.txt': [null, 'RFE/RL', 'Ukraine Strives to Reestablish Dominance over Russia’s Kursk'],
  };
  for (const [name, [published, outlet, title]] of Object.entries(expected)) {
    const m = meta(seed(name));
    assert.deepStrictEqual([m.published, m.outlet, m.title], [published, outlet, title], name);
  }
});

test('front matter wins and its date is normalized', () => {
  const m = meta('---\ntitle: Flood report\noutlet: The Hill\npublished: "Sun, 12 Jan 2025 10:00:00 GMT"\n---\nPublished March 3, 2024\nBody.');
  assert.deepStrictEqual([m.published, m.outlet, m.title], ['2025-01-12', 'The Hill', 'Flood report']);
  for (const [raw, want] of [
    ['2025-01-12T23:30:00-05:00', '2025-01-12'], ['12.01.2025', '2025-01-12'], ['2025/01/12', '2025-01-12'],
    ['January 12, 2025', '2025-01-12'], ['12 Jan 2025', '2025-01-12'], ['Jan 12', null], ['soon', null], ['2025-02-30', null],
  ]) assert.strictEqual(engine.normalizeDate(raw), want, raw);
});

test('inferred from the text: date lines, Published/Updated, datelines, bylines, credits, copyright', () => {
  const cases = [
    ['Quarterly results beat forecasts at Acme\nBy Jane Doe, Reuters\nPublished January 12, 2025\nAcme said revenue rose.',
      ['2025-01-12', 'Reuters', 'Quarterly results beat forecasts at Acme']],
    ['Election count delayed in three provinces\nUpdated: 12.01.2025 14:30\nThe commission said the count was delayed.',
      ['2025-01-12', null, 'Election count delayed in three provinces']],
    ['Cholera cases rise in the north of the country\nSaturday, March 8, 2025 | 10:45 AM\nHealth officials reported 40 cases.',
      ['2025-03-08', null, 'Cholera cases rise in the north of the country']],
    ['LONDON, Jan. 12 (Reuters) - Floodwaters rose across the region on Sunday, officials said.\nMore text.\n©2025 Reuters',
      ['2025-01-12', 'Reuters', null]],
    ['KIEV, Ukraine (AP) — Officials said on Monday that the vote was delayed.\n', [null, 'AP', null]],
    ['River floods the old town overnight\nJanuary 11, 2:54 PM\nThe river burst its banks on Saturday, January 11.',
      ['2025-01-11', null, 'River floods the old town overnight']],
    ['Harvest falls for a third year running\nFarmers said the drought hurt yields.\n©2024 Example Farm News Ltd. All rights reserved.',
      [null, 'Example Farm News', 'Harvest falls for a third year running']],
  ];
  for (const [text, want] of cases) {
    const m = meta(text);
    assert.deepStrictEqual([m.published, m.outlet, m.title], want, text.slice(0, 40));
  }
});

// Speed is measured by npm run bench; here adversarial input must finish (the timeout turns a hang into a failure).
test('metadata of adversarial inputs: no date, outlet or title invented', { timeout: 120_000 }, () => {
  for (const text of ['Aa '.repeat(350_000), '1,'.repeat(500_000), 'x'.repeat(1_000_000), 'Published\n'.repeat(100_000)]) {
    const { prepared, front } = engine.prepare(text);
    assert.strictEqual(engine.inferMeta(prepared, front.data, front.error).published, null);
  }
});

test('publication date: an issue label beats a reporting period on the same header line', () => {
  const cases = [
    ['CHOLERA BULLETIN No. 12\nReporting period: 3–9 March 2025 | Date of issue: 11 March 2025\n\nCases fell a week ago.', '2025-03-11'],
    ['Market note\nData as of 28 February 2025\nPublished: 3 March 2025\n\nYields rose.', '2025-03-03'],
    ['Flood situation update\nCovering 1 April 2024 · Posted 4 April 2024\n\nRivers rose.', '2024-04-04'],
    ['Situation report on displacement\nIssued on 20 May 2024 | Period: 12-18 May 2024\n\nCamps grew.', '2024-05-20'],
    // Only the covered period is stated: the report came out at its end at the earliest.
    ['Weekly epidemiological update\nReporting period: 3-9 June 2024\n\nCases rose.', '2024-06-09'],
  ];
  for (const [text, want] of cases) assert.strictEqual(meta(text).published, want, text);
});
