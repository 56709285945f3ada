// Generates synthetic reports for benchmarks: varied outlets, places, sources, figures and dates, so the check
// sees realistic numbers of matching and non-matching claims. Deterministic for a given seed.
const PLACES = ['Kharkiv', 'Odesa', 'Dnipro', 'Zaporizhzhia', 'Kherson', 'Mykolaiv', 'Sumy', 'Chernihiv', 'Poltava', 'Lviv',
  'Bakhmut', 'Avdiivka', 'Pokrovsk', 'Toretsk', 'Kupiansk', 'Lyman', 'Vuhledar', 'Siversk', 'Kramatorsk', 'Sloviansk'];
const OUTLETS = ['Reuters', 'Associated Press', 'BBC News', 'Kyiv Independent', 'Ukrainska Pravda', 'Al Jazeera', 'Deutsche Welle', 'Euronews'];
const SOURCES = ['the General Staff of Ukraine', 'the Russian Defense Ministry', 'the regional governor', 'the State Emergency Service',
  'the UN human rights mission', 'local officials'];
const THINGS = [
  ['armed clashes', 'recorded'], ['drones', 'shot down'], ['civilians', 'killed'], ['people', 'evacuated'],
  ['missiles', 'launched'], ['buildings', 'damaged'], ['soldiers', 'wounded'], ['villages', 'left without power'],
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** Returns `n` reports: { path, text }. About 250 words each. */
function generateReports(n, seed = 42) {
  const r = rng(seed);
  const pick = a => a[Math.floor(r() * a.length)];
  const out = [];
  for (let i = 0; i < n; i++) {
    const month = Math.floor(r() * 12);
    const day = 1 + Math.floor(r() * 27);
    const date = `2025-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const place = pick(PLACES);
    const outlet = pick(OUTLETS);
    const lines = [
      '---', `title: Attacks reported near ${place}`, `outlet: ${outlet}`, `published: ${date}`, '---', '',
      `${place.toUpperCase()}, Ukraine (${outlet}) — Fighting continued near ${place} on ${MONTHS[month]} ${day}, officials said.`, '',
    ];
    for (let k = 0; k < 6; k++) {
      const [thing, verb] = pick(THINGS);
      const n1 = 5 + Math.floor(r() * 400);
      const hedge = pick(['', 'about ', 'at least ', 'nearly ', 'more than ']);
      lines.push(`According to ${pick(SOURCES)}, ${hedge}${n1} ${thing} were ${verb} in the ${place} region over the past day.`);
      lines.push(`"The situation remains difficult," ${pick(['the governor', 'a spokesman', 'Oleksandr Prokudin'])} said on ${pick(['Monday', 'Tuesday', 'Sunday'])}.`);
      lines.push(`Earlier, ${pick(OUTLETS)} reported that ${pick(SOURCES)} had counted ${Math.floor(r() * 50)} ${pick(THINGS)[0]} near ${pick(PLACES)}.`);
      lines.push('');
    }
    out.push({ path: `report-${String(i).padStart(5, '0')}.md`, text: lines.join('\n') });
  }
  return out;
}

module.exports = { generateReports };
