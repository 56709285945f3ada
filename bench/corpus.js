// A large corpus made of the project's own real-text reports (seeds, the general golden set, the check sets), each
// copy with its figures and its publication date perturbed, so copies are realistic reports that mostly disagree
// a little. Deterministic for a given seed. The held-out set is left out: it is never read while tuning.
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');
const SOURCES = ['seeds', 'test/fixtures/golden/general', 'test/fixtures/check'];

function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function sourceReports() {
  const out = [];
  const walk = dir => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(txt|md)$/.test(e.name) && !/^README/i.test(e.name)) out.push({ name: e.name, text: fs.readFileSync(p, 'utf8') });
    }
  };
  for (const s of SOURCES) walk(path.join(ROOT, s));
  return out.sort((a, b) => (a.name < b.name ? -1 : 1));
}

const DAY = 86_400_000;
function shiftDate(text, days) {
  return text.replace(/^published: (\d{4}-\d{2}-\d{2})/m, (all, iso) => {
    const t = Date.parse(`${iso}T00:00:00Z`);
    return Number.isNaN(t) ? all : `published: ${new Date(t + days * DAY).toISOString().slice(0, 10)}`;
  });
}

/** Scales the body's figures by `f` (years and small ordinals kept), keeping thousands separators. */
function scaleFigures(text, f) {
  const body = text.startsWith('---') ? text.indexOf('\n---', 3) + 4 : 0;
  return text.slice(0, body) + text.slice(body).replace(/\d[\d,]*/g, s => {
    const digits = s.replace(/,+$/, '');
    const n = Number(digits.replace(/,/g, ''));
    if (!Number.isFinite(n) || n < 10 || (n >= 1900 && n <= 2100 && !digits.includes(','))) return s;
    const v = Math.max(1, Math.round(n * f));
    return (digits.includes(',') ? v.toLocaleString('en-US') : String(v)) + s.slice(digits.length);
  });
}

/** `n` reports { path, text } in folders of 500. */
function buildCorpus(n, seed = 7) {
  const r = rng(seed);
  const base = sourceReports();
  const out = [];
  for (let i = 0; i < n; i++) {
    const src = base[i % base.length];
    // Most copies keep their figures (so claims still match across copies); some shift them a little.
    const f = r() < 0.7 ? 1 : 0.8 + r() * 0.45;
    const text = scaleFigures(shiftDate(src.text, Math.floor(r() * 5) - 2), f);
    out.push({ path: `batch-${String(Math.floor(i / 500)).padStart(2, '0')}/${String(i).padStart(5, '0')}-${src.name}`, text });
  }
  return out;
}

function writeCorpus(dir, reports) {
  for (const r of reports) {
    fs.mkdirSync(path.join(dir, path.dirname(r.path)), { recursive: true });
    fs.writeFileSync(path.join(dir, r.path), r.text);
  }
}

module.exports = { buildCorpus, writeCorpus };
