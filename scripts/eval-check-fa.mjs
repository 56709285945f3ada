// Why the check flagged a pair it should not have: for every false alarm (a finding that joins no gold pair) and every
// flagged trap, the first frame part, in a fixed order, that should have kept the two claims apart. Judged from the two
// claims as the engine's public output gives them (measure, scope and roles, time and its basis, source, detail) and
// from the words of their clauses; "other" when neither tells. Used by `node scripts/eval-check.mjs --fa-why` (a count
// table by cause, per set) and `--fa-why-items` (each item with its cause, note and both sentences).
import { TOTALS_ONLY } from './eval-check-why.mjs';

/** The causes in the order they are tried; the first that applies is the item's cause. */
export const FA_CAUSES = [
  'restates a gold conflict',
  'figure misread',
  'counted thing differs',
  'measure differs',
  'holder differs',
  'place differs',
  'reference time differs',
  'modality',
  'part vs whole',
  'change',
  'same source restating',
  'other',
];

const PERCENT_WORDS = /%|\bper ?cent\b|\bpct\b|\bpercentage\b/i;

/** Qualifiers that make a counted noun a different count ("excess deaths", "confirmed cases", "Covid deaths"). */
const THING_QUALIFIERS = [
  ['excess', /\bexcess\b/i],
  ['confirmed', /\bconfirmed\b/i],
  ['suspected', /\b(?:suspected|probable|presumed)\b/i],
  ['disease', /\b(?:covid(?:-19)?|coronavirus|virus|cholera|ebola|influenza|flu)\b/i],
  ['all causes', /\ball causes\b/i],
  ['identified', /\bidentified\b/i],
  ['direct', /\b(?:directly|indirectly|direct|indirect)\b/i],
  ['students', /\b(?:students?|pupils?|children|child)\b/i],
  ['crew', /\bcrew\b/i],
  ['residents', /\bresidents?\b/i],
];

/** Words of an estimate, a forecast or a condition the recognizer left asserted. */
const MODAL_WORDS = /\b(?:estimat\w*|probabl[ey]|likely|could|would|might|may|project\w*|forecast\w*|expect\w*|predict\w*|model\w*|study|survey|speculat\w*|feared|if|target\w*|plans?|usual(?:ly)?|normal(?:ly)?|average)\b/i;

/** Words of a part or a whole. */
const PART_WORDS = /\b(?:including|of them|of whom|of which|among them|among whom|out of|in the whole country|across the country|nationwide|in total|a total of|altogether|all told)\b/i;

/** Words of a change over time. */
const CHANGE_WORDS = /\b(?:rose|risen|rising|rises|climbed|jumped|fell|fallen|dropped|increased|decreased|up from|down from|earlier|previous(?:ly)?|initial(?:ly)?|revised|stayed|still|now|so far|at first|originally|later|then)\b/i;

const roleIds = (c, role) => c.scope.filter((id, i) => (c.detail?.roles?.[i] ?? (id.startsWith('place:') ? 'where' : 'who')) === role);
const inferred = (c, part) => (c.detail?.inferred ?? []).includes(part);
const sourceName = c => (c.source?.name ?? c.detail?.voice ?? '').toLowerCase().replace(/^the\s+/, '');

/** The window of words around a claim's figure inside its clause, where its counted noun and qualifiers are. */
function around(text, c, before = 40, after = 60) {
  const from = Math.max(c.start, c.quantity.start - before);
  const to = Math.min(c.end, c.quantity.end + after);
  return text.slice(from, to);
}

/** A cause applies when one side has the part and the other lacks it (unknown) or has another (differs). */
function oneOrDiffer(xa, xb) {
  const a = [...new Set(xa)].sort().join(' ');
  const b = [...new Set(xb)].sort().join(' ');
  if (a === b) return null;
  if (!a || !b) return 'unknown on one side';
  return 'differ';
}

const dayLength = c => (c.time.from && c.time.to ? (Date.parse(c.time.to) - Date.parse(c.time.from)) / 864e5 + 1 : null);

/**
 * The checks in FA_CAUSES order after the gold one. Each returns null or { note, unknown } for the pair (ca, cb) with
 * their report texts (ta, tb).
 */
const CHECKS = {
  'figure misread': (ca, cb, ta, tb) => {
    for (const [c, t] of [[ca, ta], [cb, tb]]) {
      const fig = t.slice(c.quantity.start, c.quantity.end);
      if (c.measure.unit === 'percent' && !PERCENT_WORDS.test(fig) && !PERCENT_WORDS.test(t.slice(c.quantity.end, c.quantity.end + 12))) {
        return { note: `«${fig}» read as a percentage` };
      }
    }
    return null;
  },
  'counted thing differs': (ca, cb, ta, tb) => {
    const wa = around(ta, ca);
    const wb = around(tb, cb);
    for (const [name, re] of THING_QUALIFIERS) {
      if (re.test(wa) !== re.test(wb)) return { note: `"${name}" on one side only` };
    }
    if (inferred(ca, 'thing') !== inferred(cb, 'thing')) return { note: 'counted noun inferred on one side', unknown: true };
    return null;
  },
  'measure differs': (ca, cb) => {
    if (inferred(ca, 'measure') !== inferred(cb, 'measure')) return { note: 'measure inferred on one side', unknown: true };
    const ea = ca.detail?.sense ?? null;
    const eb = cb.detail?.sense ?? null;
    if (ea && eb && ea !== eb) return { note: `senses ${ea} vs ${eb}` };
    return null;
  },
  'holder differs': (ca, cb) => {
    const ha = ca.detail?.holder;
    const hb = cb.detail?.holder;
    if (ha !== undefined || hb !== undefined) {
      if ((ha ?? null) !== (hb ?? null)) return { note: `holder ${ha ?? '?'} vs ${hb ?? '?'}`, unknown: !ha || !hb };
    }
    const src = c => new Set([c.source?.id].filter(Boolean));
    const who = c => roleIds(c, 'who').filter(id => !src(c).has(id) && !id.startsWith('country:') && !id.startsWith('nationality:'));
    const how = oneOrDiffer(who(ca), who(cb));
    if (how) return { note: `parties [${who(ca).join(' ')}] vs [${who(cb).join(' ')}]`, unknown: how !== 'differ' };
    return null;
  },
  'place differs': (ca, cb) => {
    const where = c => [...roleIds(c, 'where'), ...c.scope.filter(id => id.startsWith('country:'))];
    const how = oneOrDiffer(where(ca), where(cb));
    if (how) return { note: `places [${where(ca).join(' ')}] vs [${where(cb).join(' ')}]`, unknown: how !== 'differ' };
    return null;
  },
  'reference time differs': (ca, cb) => {
    const weak = c => ['published', 'none', 'unresolved', 'statement'].includes(c.detail?.timeBasis ?? 'none');
    const basis = c => c.detail?.timeBasis ?? 'none';
    if (weak(ca) !== weak(cb)) return { note: `time ${basis(ca)} vs ${basis(cb)}`, unknown: true };
    if (weak(ca) && weak(cb)) return { note: `both dated only by ${basis(ca)}/${basis(cb)}`, unknown: true };
    const la = dayLength(ca);
    const lb = dayLength(cb);
    if (la && lb && Math.max(la, lb) > 1.5 * Math.min(la, lb)) {
      return { note: `spans ${ca.time.from}..${ca.time.to} vs ${cb.time.from}..${cb.time.to}` };
    }
    if (ca.time.from !== cb.time.from || ca.time.to !== cb.time.to) {
      return { note: `spans ${ca.time.from}..${ca.time.to} vs ${cb.time.from}..${cb.time.to}` };
    }
    return null;
  },
  modality: (ca, cb, ta, tb) => {
    const ma = MODAL_WORDS.exec(ta.slice(ca.start, ca.end));
    const mb = MODAL_WORDS.exec(tb.slice(cb.start, cb.end));
    if (!!ma !== !!mb) return { note: `"${(ma ?? mb)[0]}" on one side` };
    return null;
  },
  'part vs whole': (ca, cb, ta, tb) => {
    const pa = PART_WORDS.exec(around(ta, ca, 60, 60));
    const pb = PART_WORDS.exec(around(tb, cb, 60, 60));
    if (!!pa !== !!pb) return { note: `"${(pa ?? pb)[0]}" on one side` };
    if (!!ca.detail?.whole !== !!cb.detail?.whole) return { note: 'marked whole on one side' };
    return null;
  },
  change: (ca, cb, ta, tb) => {
    const xa = CHANGE_WORDS.exec(ta.slice(ca.start, ca.end));
    const xb = CHANGE_WORDS.exec(tb.slice(cb.start, cb.end));
    if (xa || xb) return { note: `"${(xa ?? xb)[0]}"` };
    return null;
  },
  'same source restating': (ca, cb) => {
    const a = sourceName(ca);
    const b = sourceName(cb);
    if (a && a === b) return { note: `both from ${a}` };
    if (!a && !b && ca.path === cb.path) return { note: 'one report, no voice on either side' };
    return null;
  },
};

/** The place of a figure's last stated digit: 1 for 240,000's "24", 10,000 for "1.03 million"'s "103". */
function lastDigitStep(v) {
  let digits = 1;
  while (digits < 15 && Number(v.toPrecision(digits)) !== v) digits++;
  return 10 ** (Math.floor(Math.log10(Math.abs(v))) - digits + 1);
}

/** One figure rounds to the other at the coarser one's last stated digit ("about 4,000" and 3,958). */
const withinRounding = (x, y) => x === y || (!!x && !!y && Math.abs(x - y) < Math.max(lastDigitStep(x), lastDigitStep(y)) / 2 + 1e-9);

/**
 * The kinds of a restatement of a gold conflict (round 28), from the files and values alone: the gold pair's reports
 * stating their figures again in other sentences; a third report repeating one side (a pair the annotation may
 * lack); other figures within 10 % (another estimate, another day); a pair inside one report against a gold pair
 * across two; or two other reports.
 */
export const RESTATE_KINDS = {
  mention: 'the same reports, another mention',
  third: 'a third report repeats one side',
  near: 'near values, not the gold figures',
  inside: 'inside one report, the gold pair across two',
  other: 'other reports',
};

/** The kind of one match of a finding's claims (x stating gold value a, y value b) to a gold finding. */
function restateKind(x, y, g) {
  const fx = x.path.split('/').pop();
  const fy = y.path.split('/').pop();
  if (fx === fy && g.fa !== g.fb) return 'inside';
  if (!withinRounding(x.value, g.a) || !withinRounding(y.value, g.b)) return 'near';
  if (fx === g.fa && fy === g.fb) return 'mention';
  return fx === g.fa || fy === g.fb ? 'third' : 'other';
}

/**
 * Does a finding's pair of figures state a gold finding's two figures again (within 10 %, either way round)? The kind
 * of the closest match (RESTATE_KINDS: figures within rounding and the gold pair's own reports first), or null.
 */
function restatesGold(ca, cb, goldValues) {
  const near = (x, y) => x !== null && y !== null && Math.abs(x - y) <= 0.1 * Math.max(Math.abs(x), Math.abs(y));
  const kinds = [];
  for (const g of goldValues) {
    if (g.key !== ca.measure.key) continue;
    if (near(ca.value, g.a) && near(cb.value, g.b)) kinds.push(restateKind(ca, cb, g));
    if (near(ca.value, g.b) && near(cb.value, g.a)) kinds.push(restateKind(cb, ca, g));
  }
  if (!kinds.length) return null;
  const order = ['mention', 'inside', 'third', 'other', 'near'];
  return order.find(k => kinds.includes(k));
}

/**
 * The cause of one pair: the first check (in FA_CAUSES order) that applies. With goldValues (the figures of the
 * story's gold findings) a false alarm stating a gold conflict's two figures again is counted apart: it is a copy the
 * annotators did not list, not noise. Traps pass no goldValues.
 */
export function causeOf(ca, cb, ta, tb, goldValues = []) {
  const kind = goldValues.length ? restatesGold(ca, cb, goldValues) : null;
  if (kind) return { cause: FA_CAUSES[0], note: `same two figures as a gold finding: ${RESTATE_KINDS[kind]}` };
  for (const cause of FA_CAUSES.slice(1, -1)) {
    const hit = CHECKS[cause](ca, cb, ta, tb);
    if (hit) return { cause, note: hit.note, unknown: !!hit.unknown };
  }
  return { cause: 'other', note: '' };
}

/** The claims whose figure lies in a gold side's quote, for the values of a gold finding. */
function quotedClaims(claims, text, side) {
  const out = [];
  for (let i = text.indexOf(side.quote); i >= 0; i = text.indexOf(side.quote, i + 1)) {
    const end = i + side.quote.length;
    out.push(...claims.filter(c => c.quantity.start < end && i < c.quantity.end));
  }
  return out;
}

/** The (measure, value, value) of each gold finding, read from the claims at its quotes. */
export function goldValuesOf(gold, docs) {
  const out = [];
  for (const g of gold) {
    const da = docs.get(g.a.file);
    const db = docs.get(g.b.file);
    if (!da || !db) continue;
    for (const a of quotedClaims(da.claims, da.text, g.a)) {
      for (const b of quotedClaims(db.claims, db.text, g.b)) {
        if (a.measure.key === b.measure.key) out.push({ key: a.measure.key, a: a.value, b: b.value, fa: g.a.file, fb: g.b.file });
      }
    }
  }
  return out;
}

/**
 * Every false alarm and flagged trap of one story with its cause. docs: report file name -> { text, claims, prepared? };
 * falseAlarms and flaggedTraps: the engine's findings.
 */
export function explainStory({ docs, gold, falseAlarms, flaggedTraps }) {
  const claimsById = new Map([...docs.values()].flatMap(d => d.claims.map(c => [c.id, { c, text: d.text, sentences: d.prepared?.sentences }])));
  const goldValues = goldValuesOf(gold, docs);
  // The whole sentence when the report's sentence split is given (docs[].prepared), else the claim's clause.
  const sentenceOf = (x) => {
    const s = x.sentences?.find(r => r.start <= x.c.quantity.start && x.c.quantity.start < r.end) ?? x.c;
    return x.text.slice(s.start, s.end).replace(/\s+/g, ' ').trim();
  };
  const item = (f, kind, gv) => {
    const a = claimsById.get(f.a.claim);
    const b = claimsById.get(f.b.claim);
    if (!a || !b) return { kind, severity: f.severity, cause: 'other', note: 'claim not found', message: f.message, a: '', b: '' };
    const why = causeOf(a.c, b.c, a.text, b.text, gv);
    const side = x => `${x.c.path.split('/').pop()} «${x.text.slice(x.c.quantity.start, x.c.quantity.end)}» ${x.c.measure.key}: ${sentenceOf(x)}`;
    return { kind, severity: f.severity, ...why, message: f.message, a: side(a), b: side(b) };
  };
  return [...falseAlarms.map(f => item(f, 'false alarm', goldValues)), ...flaggedTraps.map(f => item(f, 'trap', []))];
}

/**
 * False alarms and flagged traps by cause pooled over the totals-only sets among `results` (held-out and validation),
 * with no story, set or item: evalCheck must have run with `faWhy`.
 */
export function pooledFaWhy(results) {
  const table = new Map(FA_CAUSES.map(c => [c, { falseAlarms: 0, traps: 0 }]));
  for (const set of Object.keys(results).filter(s => TOTALS_ONLY.test(s))) {
    for (const s of Object.values(results[set].stories)) {
      for (const it of s.faWhy ?? []) table.get(it.cause)[it.kind === 'trap' ? 'traps' : 'falseAlarms']++;
    }
  }
  return table;
}

/** Count table: rows are causes, columns the sets (false alarms + flagged traps, "(u)" the part unknown on one side). */
export function printFaWhy(results, { items = false } = {}) {
  // Held-out and validation sets are scored by their totals only (as --why does).
  const sets = Object.keys(results).filter(s => !TOTALS_ONLY.test(s));
  const counts = new Map(FA_CAUSES.map(c => [c, Object.fromEntries(sets.map(s => [s, { n: 0, u: 0, stories: new Set() }]))]));
  for (const set of sets) {
    for (const [story, s] of Object.entries(results[set].stories)) {
      for (const it of s.faWhy ?? []) {
        const cell = counts.get(it.cause)[set];
        cell.n++;
        if (it.unknown) cell.u++;
        cell.stories.add(story);
      }
    }
  }
  console.log('\n== false alarms and flagged traps by cause (n (u: unknown on one side) / stories)');
  console.log(`${'cause'.padEnd(26)}${sets.map(s => s.padStart(16)).join('')}${'all'.padStart(12)}`);
  for (const [cause, row] of counts) {
    const cells = sets.map(s => `${row[s].n}${row[s].u ? ` (${row[s].u}u)` : ''} /${row[s].stories.size}`.padStart(16));
    const all = sets.reduce((t, s) => t + row[s].n, 0);
    const storyCount = sets.reduce((t, s) => t + row[s].stories.size, 0);
    if (all) console.log(`${cause.padEnd(26)}${cells.join('')}${`${all} /${storyCount}`.padStart(12)}`);
  }
  if (!items) return;
  for (const set of sets) {
    for (const [story, s] of Object.entries(results[set].stories)) {
      if (!s.faWhy?.length) continue;
      console.log(`\n${set}/${story}`);
      for (const it of s.faWhy) {
        console.log(`  ${it.kind} [${it.cause}${it.unknown ? ', unknown on one side' : ''}] ${it.note}\n    ${it.severity}: ${it.message}\n    a: ${it.a}\n    b: ${it.b}`);
      }
    }
  }
}
