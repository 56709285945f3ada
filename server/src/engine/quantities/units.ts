// Units of measure and counted nouns, normalized to one singular lower-case name.
import type { Token } from '../types';

export interface UnitDef {
  unit: string;
  /** Factor to the normalized unit (miles → km). */
  factor: number;
  /**
   * A level, not an amount: rates, shares, sizes, speeds, durations. A part's figure need not be below its whole's
   * ("turnout reached 70% in the province, 55% nationwide"); only amounts add up over places and periods.
   */
  level?: true;
}

/** SI prefixes of a unit symbol, lower-cased ("kw", "mwh", "gb"), with the long names ("kilowatts", "gigabytes"). */
function PREFIXED(symbol: string, name: string): Array<readonly [string, UnitDef]> {
  const prefixes: Array<[string, string]> = [['k', 'kilo'], ['m', 'mega'], ['g', 'giga'], ['t', 'tera'], ['p', 'peta']];
  return prefixes.flatMap(([p, long]) => [
    [`${p}${symbol}`, { unit: `${p}${symbol}`, factor: 1 }] as const,
    [`${long}${name}`, { unit: `${p}${symbol}`, factor: 1 }] as const,
    [`${long}${name}s`, { unit: `${p}${symbol}`, factor: 1 }] as const,
  ]);
}

/**
 * The word of a unit written before its figure ("magnitude 7.7"), and so also glued to it by a hyphen ("a magnitude-6.2
 * quake", which the text cleaner splits: round 37).
 */
export const MAGNITUDE_WORD = 'magnitude';

/** One-token units. Areas, distances and percentages use fixed names so figures compare across reports. */
const SINGLE: ReadonlyMap<string, UnitDef> = new Map<string, UnitDef>([
  ...['km', 'kms', 'kilometer', 'kilometers', 'kilometre', 'kilometres'].map(w => [w, { unit: 'km', factor: 1, level: true }] as const),
  // Metres stay metres: they measure heights and short distances that reports do not give in km.
  ...['m', 'meter', 'meters', 'metre', 'metres'].map(w => [w, { unit: 'm', factor: 1, level: true }] as const),
  ...['mile', 'miles', 'mi'].map(w => [w, { unit: 'km', factor: 1.609, level: true }] as const),
  ...['km2', 'km²', 'sqkm'].map(w => [w, { unit: 'km2', factor: 1 }] as const),
  ...['cm', 'centimeter', 'centimeters', 'centimetre', 'centimetres'].map(w => [w, { unit: 'cm', factor: 1, level: true }] as const),
  ...['mm', 'millimeter', 'millimeters', 'millimetre', 'millimetres'].map(w => [w, { unit: 'mm', factor: 1, level: true }] as const),
  // Chip processes ("a 5nm process"); "nm" is kept as written, as sailors also write it for nautical miles.
  ...['nm', 'nanometer', 'nanometers', 'nanometre', 'nanometres'].map(w => [w, { unit: 'nm', factor: 1, level: true }] as const),
  ...['hectare', 'hectares', 'ha'].map(w => [w, { unit: 'ha', factor: 1 }] as const),
  ...['acre', 'acres'].map(w => [w, { unit: 'ha', factor: 0.4047 }] as const),
  // "pc" is British news shorthand, a percentage only when glued to the figure ("5pc").
  ...['%', 'percent', 'pct', 'per-cent', 'pc'].map(w => [w, { unit: 'percent', factor: 1, level: true }] as const),
  ...['hr', 'hrs', 'hour', 'hours'].map(w => [w, { unit: 'hour', factor: 1, level: true }] as const),
  ...['min', 'mins', 'minute', 'minutes'].map(w => [w, { unit: 'minute', factor: 1, level: true }] as const),
  // Only the short forms: the spelled "seconds" is read as a counted noun, with the same name.
  ...['sec', 'secs'].map(w => [w, { unit: 'second', factor: 1, level: true }] as const),
  // "kilo(s)" is the spoken kilogram ("five kilos of cocaine"), not a noun counted.
  ...['kg', 'kgs', 'kilogram', 'kilograms', 'kilogramme', 'kilogrammes', 'kilo', 'kilos'].map(w => [w, { unit: 'kg', factor: 1 }] as const),
  ...['tonne', 'tonnes', 'ton', 'tons', 't'].map(w => [w, { unit: 'tonne', factor: 1 }] as const),
  ...['°c', '°', 'c', 'degree', 'degrees'].map(w => [w, { unit: 'degree', factor: 1, level: true }] as const),
  ...['bp', 'bps'].map(w => [w, { unit: 'bp', factor: 1, level: true }] as const),
  ...['km/h', 'kph', 'kmh'].map(w => [w, { unit: 'km/h', factor: 1, level: true }] as const),
  ['mph', { unit: 'km/h', factor: 1.609, level: true }],
  ['knots', { unit: 'km/h', factor: 1.852, level: true }],
  [MAGNITUDE_WORD, { unit: 'magnitude', factor: 1, level: true }],
  // Oil output: "500,000 bpd" is the rate "barrels per day" writes out, so the two compare.
  ...['bpd', 'b/d'].map(w => [w, { unit: 'barrel/day', factor: 1 }] as const),
  // The trade's "MM" is a million: "1.7 MMbpd", "3 mmb/d".
  ...['mmbpd', 'mmb/d'].map(w => [w, { unit: 'barrel/day', factor: 1e6 }] as const),
  ...['times', 'fold'].map(w => [w, { unit: 'times', factor: 1, level: true }] as const),
  ...['mi²', 'mi2', 'sqmi'].map(w => [w, { unit: 'km2', factor: 2.59 }] as const),
  ...['m²', 'm2'].map(w => [w, { unit: 'm2', factor: 1 }] as const),
  // Power, energy, data and screen sizes keep the unit as written: each is compared with its own kind only,
  // and a converted figure ("5 MW" as 5,000 kW) would no longer read as the report states it.
  ...PREFIXED('w', 'watt'), ...PREFIXED('wh', 'watt-hour'), ...PREFIXED('b', 'byte'),
  ...['w', 'watt', 'watts'].map(w => [w, { unit: 'w', factor: 1 }] as const),
  ...['wh', 'watt-hour', 'watt-hours'].map(w => [w, { unit: 'wh', factor: 1 }] as const),
  ...['mah'].map(w => [w, { unit: 'mah', factor: 1 }] as const),
  // Current and voltage ("a 32-amp charger", "240 volts"); the glued capital "A" is read with the glued-only letters.
  ...['amp', 'amps', 'ampere', 'amperes'].map(w => [w, { unit: 'a', factor: 1, level: true }] as const),
  ...['volt', 'volts', 'kv', 'kilovolt', 'kilovolts'].map(w => [w, { unit: w.startsWith('k') ? 'kv' : 'v', factor: 1, level: true }] as const),
  ...['inch', 'inches'].map(w => [w, { unit: 'inch', factor: 1, level: true }] as const),
  ...['ft', 'foot', 'feet'].map(w => [w, { unit: 'foot', factor: 1, level: true }] as const),
  ...['yd', 'yard', 'yards'].map(w => [w, { unit: 'yard', factor: 1, level: true }] as const),
  ...['lb', 'lbs'].map(w => [w, { unit: 'lb', factor: 1 }] as const),
  // The British weight of people ("lost a stone", "a 14-stone man"); the plural "stones" stays a thing counted.
  ['stone', { unit: 'stone', factor: 1 }],
  ...['oz', 'ounce', 'ounces'].map(w => [w, { unit: 'oz', factor: 1 }] as const),
  // Single letters "g", "l", "f" are left out: glued to a figure they name networks and engines ("5G", "2L").
  ...['gram', 'grams', 'gramme', 'grammes'].map(w => [w, { unit: 'g', factor: 1 }] as const),
  ...['mg', 'milligram', 'milligrams'].map(w => [w, { unit: 'mg', factor: 1 }] as const),
  // Pence and cents are money in the currency's units ("45 pence" = 0.45 gbp), so they compare with "£1.84".
  ...['pence', 'penny'].map(w => [w, { unit: 'gbp', factor: 0.01 }] as const),
  ...['cent', 'cents'].map(w => [w, { unit: 'usd', factor: 0.01 }] as const),
  // An engine's displacement ("a 500cc motorcycle") in cubic centimetres, as written.
  ...['cc', 'cm3', 'cm³'].map(w => [w, { unit: 'cc', factor: 1 }] as const),
  ...['ml', 'millilitre', 'millilitres', 'milliliter', 'milliliters'].map(w => [w, { unit: 'ml', factor: 1 }] as const),
  ...['litre', 'litres', 'liter', 'liters'].map(w => [w, { unit: 'litre', factor: 1 }] as const),
  ...['°f'].map(w => [w, { unit: 'degree f', factor: 1, level: true }] as const),
  ...['ghz', 'mhz', 'khz', 'hz'].map(w => [w, { unit: w, factor: 1 }] as const),
  ...['mpg', 'kcal', 'psi', 'rpm', 'fps', 'mbps', 'gbps', 'kbps', 'mp'].map(w => [w, { unit: w, factor: 1 }] as const),
  ...['megapixel', 'megapixels'].map(w => [w, { unit: 'mp', factor: 1 }] as const),
  // Blood pressure and other pressures in millimetres of mercury.
  ['mmhg', { unit: 'mmhg', factor: 1, level: true }],
  // Gas prices: "$3.12 per MMBtu" (a million British thermal units).
  ...['mmbtu', 'mmbtus'].map(w => [w, { unit: 'mmbtu', factor: 1 }] as const),
]);

/** Two-token units: "sq km", "square kilometers", "per cent", "percentage points", "square miles". */
const DOUBLE: ReadonlyMap<string, UnitDef> = new Map<string, UnitDef>([
  ...['sq', 'sq.', 'square'].flatMap(sq =>
    ['km', 'kilometer', 'kilometers', 'kilometre', 'kilometres'].map(k => [`${sq} ${k}`, { unit: 'km2', factor: 1 }] as const)),
  ...['sq', 'sq.', 'square'].flatMap(sq =>
    ['mi', 'mile', 'miles'].map(k => [`${sq} ${k}`, { unit: 'km2', factor: 2.59 }] as const)),
  ...['sq', 'sq.', 'square'].flatMap(sq =>
    ['m', 'meter', 'meters', 'metre', 'metres'].map(k => [`${sq} ${k}`, { unit: 'm2', factor: 1 }] as const)),
  // The tokenizer splits a degree sign from its letter ("30°C" → "30", "°", "C").
  ['° c', { unit: 'degree', factor: 1, level: true }],
  ['° f', { unit: 'degree f', factor: 1, level: true }],
  // The scale written out: "45 degrees Celsius (113 degrees Fahrenheit)".
  ...['degree', 'degrees'].flatMap(d => [
    [`${d} celsius`, { unit: 'degree', factor: 1, level: true }] as const, [`${d} centigrade`, { unit: 'degree', factor: 1, level: true }] as const,
    [`${d} fahrenheit`, { unit: 'degree f', factor: 1, level: true }] as const,
  ]),
  ...['sq', 'sq.', 'square'].flatMap(sq => ['ft', 'foot', 'feet'].map(k => [`${sq} ${k}`, { unit: 'ft2', factor: 1 }] as const)),
  ...['metre', 'metres', 'meter', 'meters', 'm'].map(k => [`cubic ${k}`, { unit: 'm3', factor: 1 }] as const),
  ['km ²', { unit: 'km2', factor: 1 }],
  ['mi ²', { unit: 'km2', factor: 2.59 }],
  ['m ²', { unit: 'm2', factor: 1 }],
  ['per cent', { unit: 'percent', factor: 1, level: true }],
  ['percentage point', { unit: 'percentage point', factor: 1, level: true }],
  ['nautical mile', { unit: 'km', factor: 1.852, level: true }],
  ...['metric ton', 'metric tons', 'metric tonne', 'metric tonnes'].map(k => [k, { unit: 'tonne', factor: 1 }] as const),
  ...['astronomical unit', 'astronomical units'].map(k => [k, { unit: 'au', factor: 1, level: true }] as const),
  ['nautical miles', { unit: 'km', factor: 1.852, level: true }],
  ['basis point', { unit: 'bp', factor: 1, level: true }],
  ['basis points', { unit: 'bp', factor: 1, level: true }],
  ['percentage points', { unit: 'percentage point', factor: 1, level: true }],
  // "a decline of -0.16% points", "0.44 percent points": a difference of rates in points, no rate in percent.
  ...['%', 'percent', 'pct'].flatMap(p => [`${p} point`, `${p} points`])
    .map(k => [k, { unit: 'percentage point', factor: 1, level: true }] as const),
  // Energy written as two words: "250 euros per megawatt hour", "12 kilowatt hours".
  ...[['kilo', 'kwh'], ['mega', 'mwh'], ['giga', 'gwh'], ['tera', 'twh']].flatMap(([p, u]) =>
    [`${p}watt hour`, `${p}watt hours`].map(k => [k, { unit: u, factor: 1 }] as const)),
  // Water volumes and torque, hyphenated as written ("2.4 million acre-feet", "600 lb-ft"): not acres or pounds.
  ...['acre foot', 'acre feet'].map(k => [k, { unit: 'acre-foot', factor: 1 }] as const),
  ...['lb ft', 'pound feet', 'pound foot'].map(k => [k, { unit: 'lb-ft', factor: 1, level: true }] as const),
  // A golfer's score against par, hyphenated or not ("finished 12-under-par", "three over par"): strokes (round 34).
  ...['under par', 'over par'].map(k => [k, { unit: 'stroke', factor: 1, level: true }] as const),
]);

/**
 * Data rates written with "/s" ("30Mbit/s", "1 Gbit/s", "900 Mb/s"): bits as the "bps" units ("Mbps"); a capital
 * "B" is bytes ("MB/s" → `mb/s`). Matched case-sensitively, as the tokenizer gives "Mbit", "/", "s".
 */
const RATE_SYMBOL = /^([kKMGT])(bit|b|B)$/;
function dataRate(tokens: Token[], i: number): (UnitDef & { end: number }) | null {
  const slash = tokens[i + 1];
  const sec = tokens[i + 2];
  // The cheap tests first: readUnit runs on every figure.
  if (slash.text !== '/' || (sec.text !== 's' && sec.text !== 's.')) return null;
  const m = RATE_SYMBOL.exec(tokens[i].text);
  if (!m) return null;
  if (tokens[i].end !== slash.start || slash.end !== sec.start) return null;
  const prefix = m[1].toLowerCase();
  return { unit: m[2] === 'B' ? `${prefix}b/s` : `${prefix}bps`, factor: 1, level: true, end: i + 3 };
}

/** Units of levels (`level` in the tables above): their figures do not add up over places or periods. */
export const LEVEL_UNITS: ReadonlySet<string> = new Set([...SINGLE.values(), ...DOUBLE.values()].filter(d => d.level).map(d => d.unit));

/**
 * Units of measure (not counted nouns), currencies included: a figure in one of them states an amount of something
 * (km², dollars, percent), so two claims in different ones differ in unit, not in what they count.
 */
export function isMeasurementUnit(unit: string): boolean {
  return unit.includes('/') || MEASUREMENT_UNITS.has(unit);
}

/**
 * Reads a unit at tokens[i] (one or two tokens, the second glued or spaced).
 * Returns the unit and the index after it, or null.
 */
export function readUnit(tokens: Token[], i: number, limit: number): (UnitDef & { end: number }) | null {
  if (i >= limit) return null;
  if (i + 2 < limit) {
    const rate = dataRate(tokens, i);
    if (rate) return rate;
  }
  if (i + 1 < limit) {
    const second = tokens[i + 1].lower;
    const two = DOUBLE.get(`${tokens[i].lower} ${second}`) ??
      (second.length > 2 && second.endsWith('.') ? DOUBLE.get(`${tokens[i].lower} ${second.slice(0, -1)}`) : undefined);
    if (two) return { ...two, end: i + 2 };
    // "a 2,029-square-foot house", "a 30-square-metre flat": a two-word unit joined by a glued hyphen.
    if (second === '-' && i + 2 < limit && tokens[i].end === tokens[i + 1].start && tokens[i + 1].end === tokens[i + 2].start) {
      const hyphened = DOUBLE.get(`${tokens[i].lower} ${tokens[i + 2].lower}`);
      if (hyphened) return { ...hyphened, end: i + 3 };
    }
  }
  // An abbreviation may carry the sentence's full stop ("19,341ft.").
  const lower = tokens[i].lower;
  // A unit written with a slash that the tokenizer splits ("200,000 b/d" → "b", "/", "d").
  if (i + 2 < limit && tokens[i + 1].text === '/' && tokens[i].end === tokens[i + 1].start && tokens[i + 1].end === tokens[i + 2].start) {
    const after = tokens[i + 2].lower;
    const slashed = SINGLE.get(`${lower}/${after}`) ?? (after.length > 1 && after.endsWith('.') ? SINGLE.get(`${lower}/${after.slice(0, -1)}`) : undefined);
    if (slashed) return { ...slashed, end: i + 3 };
  }
  // A one-letter unit keeps the stop only glued to its figure ("8.3m.", "40t.").
  const stopped = lower.endsWith('.') && (lower.length > 2 || (i > 0 && tokens[i - 1].type === 'number' && tokens[i - 1].end === tokens[i].start));
  const one = SINGLE.get(lower) ?? (stopped ? SINGLE.get(lower.slice(0, -1)) : undefined) ?? gluedOnlyUnit(tokens, i, limit) ??
    astronomicalUnit(tokens, i, limit);
  if (!one) return null;
  // Single letters ("m", "t", "mi") are units only when they sit right after a numeral; the caller
  // checks that, but "m" before a capitalised word is more likely an initial.
  return { ...one, end: i + 1 };
}

/** "3 AU" in capitals and before no noun is the astronomical unit ("5,000 AU troops" are the African Union's). */
const AU: UnitDef = { unit: 'au', factor: 1, level: true };
function astronomicalUnit(tokens: Token[], i: number, limit: number): UnitDef | undefined {
  if (tokens[i].text !== 'AU' || i === 0 || tokens[i - 1].type !== 'number') return undefined;
  const next = i + 1 < limit ? tokens[i + 1] : undefined;
  return next && (next.pos === 'NOUN' || next.pos === 'PROPN') ? undefined : AU;
}

/**
 * Letters that are units only glued to the figure, matched case-sensitively: "181p" (pence, money in pounds), "3.5x"
 * (times),
 * "100g" (grams; a capital "5G" is a network), "51.8F" (Fahrenheit, only beside a Celsius figure: "11C (51.8F)"),
 * "55in" (inches), "32A" (amps, not after a capitalised label: "Seat 14A", "Form 16A"), "240V" (volts).
 */
const GLUED_ONLY: ReadonlyMap<string, UnitDef> = new Map([
  ['p', { unit: 'gbp', factor: 0.01 }],
  ['g', { unit: 'g', factor: 1 }],
  ['F', { unit: 'degree f', factor: 1, level: true }],
  ['in', { unit: 'inch', factor: 1, level: true }],
  ['A', { unit: 'a', factor: 1, level: true }],
  ['V', { unit: 'v', factor: 1, level: true }],
  // A multiplier: "trades at 3.5x earnings", "10x faster" ("4x4" and "1920x1080" are one token with the digits).
  ['x', { unit: 'times', factor: 1, level: true }],
]);
const GLUED_ONLY_LOWER: ReadonlySet<string> = new Set([...GLUED_ONLY.keys()].map(k => k.toLowerCase()));
/** Video resolutions written with a glued "p" ("1080p"): not pence. */
const RESOLUTIONS: ReadonlySet<string> = new Set(['144', '240', '360', '480', '576', '720', '1080', '1440', '2160', '4320']);

function gluedOnlyUnit(tokens: Token[], i: number, limit: number): UnitDef | undefined {
  if (i === 0) return undefined;
  const t = tokens[i];
  const num = tokens[i - 1];
  if (num.type !== 'number' || num.end !== t.start) return undefined;
  // At a sentence end the tokenizer keeps the full stop on the letter ("305.5p.").
  const letter = t.text.length === 2 && t.text.endsWith('.') ? t.text[0] : t.text;
  const def = GLUED_ONLY.get(letter);
  if (!def) return undefined;
  // A letter glued on the right too ("5pm", "3gb") is another word.
  if (i + 1 < limit && tokens[i + 1].start === t.end && tokens[i + 1].type === 'word') return undefined;
  if (letter === 'p' && RESOLUTIONS.has(num.text)) return undefined;
  if (letter === 'F' && !celsiusBeside(tokens, i - 1, limit) && !temperatureWordBefore(tokens, i - 1)) return undefined;
  // "Seat 14A", "Form 16A", "Route 9A", "the 12A bus": a letter after a labelled or named number is part of the name.
  if ((letter === 'A' || letter === 'V') && (namedBefore(tokens, i - 1) || (i + 1 < limit && /^[A-Z]/.test(tokens[i + 1].text)))) return undefined;
  return def;
}

/** A word right before the figure: a capitalised name or label ("Seat 14A"), or a lower-case label ("seat 14A"). */
function namedBefore(tokens: Token[], k: number): boolean {
  if (k === 0) return false;
  const p = tokens[k - 1];
  return p.type === 'word' && (/^[A-Z]/.test(p.text) || NAME_LABELS.has(p.lower));
}
/** Lower-case words that label a number with a letter after it ("seat 14A", "flat 2A", "form 16A"). */
const NAME_LABELS: ReadonlySet<string> = new Set([
  'seat', 'flat', 'apartment', 'apt', 'room', 'form', 'route', 'bus', 'gate', 'platform', 'suite', 'unit', 'block',
  'row', 'section', 'article', 'rule', 'schedule', 'exhibit', 'annex', 'box', 'line', 'no.', 'number', 'model',
]);

/** A word of temperature a few tokens before the figure: "Temperatures could hit 104F". */
function temperatureWordBefore(tokens: Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 5; j--) if (TEMPERATURE_WORDS.has(tokens[j].lower)) return true;
  return false;
}
const TEMPERATURE_WORDS: ReadonlySet<string> = new Set([
  'temperature', 'temperatures', 'high', 'highs', 'low', 'lows', 'heat', 'mercury', 'thermometer', 'thermometers',
]);

/** A Celsius figure within a few tokens of the figure at tokens[k]: "11C (51.8F)", "60F (16C)". */
function celsiusBeside(tokens: Token[], k: number, limit: number): boolean {
  for (let j = Math.max(1, k - 4); j < Math.min(limit, k + 6); j++) {
    if (j === k + 1) continue;
    const t = tokens[j];
    const celsius = (t.text === 'C' || t.text === '°' || t.lower === '°c' || t.lower === 'celsius') &&
      tokens[j - 1].type === 'number';
    if (celsius) return true;
  }
  return false;
}

/** Is this token a one-word unit written with a full stop ("ft.")? Its stop stays outside the figure's span. */
export function unitWithStop(lower: string): boolean {
  // The "s" of a data rate ending a sentence: "2 Gbit/s.".
  if (lower === 's.') return true;
  if (lower.length === 2 && lower.endsWith('.') && (GLUED_ONLY_LOWER.has(lower[0]) || SINGLE.has(lower[0]) || SLASH_ENDS.has(lower[0]))) return true;
  return lower.length > 2 && lower.endsWith('.') && (SINGLE.has(lower.slice(0, -1)) || DOUBLE_ENDS.has(lower.slice(0, -1)));
}
/** Last letters of the units written with a slash ("b/d.", "km/h."). */
const SLASH_ENDS: ReadonlySet<string> = new Set([...SINGLE.keys()].filter(k => k.includes('/')).map(k => k.slice(k.indexOf('/') + 1)));
/** Last words of the two-word units ("sq ft."). */
const DOUBLE_ENDS: ReadonlySet<string> = new Set([...DOUBLE.keys()].map(k => k.slice(k.indexOf(' ') + 1)));

/** The word a percentage's figure ends on, for each way of writing one ("%", "percent", "pct", "per cent" → "cent"). */
export const PERCENT_ENDINGS: ReadonlySet<string> = new Set([...SINGLE, ...DOUBLE]
  .filter(([, d]) => d.unit === 'percent').map(([w]) => w.slice(w.indexOf(' ') + 1)));

/** Is this word, in lower case, a one-word unit of distance ("km", "miles", "kilometres")? */
export function isDistanceUnitWord(lower: string): boolean {
  return SINGLE.get(lower)?.unit === 'km';
}

/** Is this word, in lower case, a one-word unit ("gb", "mw", "kwh")? Such initialisms name no body. */
export function isUnitWord(lower: string): boolean {
  return SINGLE.has(lower);
}

/** Is this word only a unit when glued to the figure or clearly after it ("10 m", "5 t")? */
export function isShortUnit(lower: string): boolean {
  return AMBIGUOUS_UNITS.has(lower);
}
/** Unit abbreviations that are also ordinary words or initials. */
const AMBIGUOUS_UNITS = new Set(['m', 't', 'mi', 'ha', 'min', 'c', 'bp', 'mb', 'mp', 'kb', 'tb', 'pb', 'pw', 'w', 'wh', 'pc', 'nm']);

/** Currency signs and codes, before the figure ("$2bn", "US$ 5", "EUR 3 million"). */
export const CURRENCY_PREFIX: ReadonlyMap<string, string> = new Map([
  ['$', 'usd'], ['us$', 'usd'], ['usd', 'usd'], ['€', 'eur'], ['eur', 'eur'], ['£', 'gbp'], ['gbp', 'gbp'],
  ['¥', 'jpy'], ['jpy', 'jpy'], ['₴', 'uah'], ['uah', 'uah'], ['₽', 'rub'], ['rub', 'rub'], ['₹', 'inr'],
  ['inr', 'inr'], ['chf', 'chf'], ['cny', 'cny'], ['rmb', 'cny'], ['c$', 'cad'], ['a$', 'aud'], ['cad', 'cad'],
  ['aud', 'aud'], ['rs', 'inr'], ['rs.', 'inr'], ['₦', 'ngn'], ['ksh', 'kes'], ['rp', 'idr'], ['rm', 'myr'], ['sfr', 'chf'],
  ['dh', 'aed'], ['dlrs', 'usd'],
  // ISO codes written before the figure ("NOK 4.2 billion"); matched on the lower-cased token.
  ...['nok', 'sek', 'dkk', 'isk', 'pln', 'czk', 'huf', 'ron', 'bgn', 'try', 'brl', 'mxn', 'ars', 'clp', 'cop', 'pen',
    'zar', 'ngn', 'kes', 'egp', 'krw', 'hkd', 'sgd', 'twd', 'thb', 'idr', 'myr', 'php', 'vnd', 'pkr', 'bdt', 'ils',
    'aed', 'sar', 'qar', 'kzt', 'gel', 'mdl', 'byn', 'nzd'].map(c => [c, c] as [string, string]),
]);

/**
 * Round 32 (probe32a): currencies printed as a letter or two glued to the figure, the way southern and eastern African
 * and South Asian papers print them ("K412.30", "R12.7 billion", "N45,000", "Sh214 million", "Tk500 crore"). Matched
 * as written (case kept); read only glued to a figure shaped like money (text/clean.ts `letterCurrencyAt`), so "K9",
 * "R2" or "N95" stay names.
 */
export const LETTER_CURRENCY: ReadonlyMap<string, string> = new Map([
  ['K', 'mwk'], ['R', 'zar'], ['N', 'ngn'], ['Rs', 'inr'], ['KSh', 'kes'], ['Ksh', 'kes'], ['Sh', 'kes'], ['Tk', 'bdt'],
]);

/** Currency codes written in title case, the way they are printed ("Rs 250 crore"); other codes count only in capitals. */
export const TITLE_CASE_CURRENCY: ReadonlySet<string> = new Set(['Rs', 'Rs.', 'KSh', 'Ksh', 'Rp', 'SFr', 'Dh', 'dlrs']);

/**
 * Dollars named by letters before the sign, matched on the lower-cased letters and sign together; the tokenizer
 * may split them ("E" + "C$"), so the recognizer joins glued letters first. Letters must be capitals (checked there).
 */
export const DOLLAR_PREFIX: ReadonlyMap<string, string> = new Map([
  ['us$', 'usd'], ['u.s.$', 'usd'], ['a$', 'aud'], ['au$', 'aud'], ['c$', 'cad'], ['ca$', 'cad'], ['can$', 'cad'],
  ['ec$', 'xcd'], ['hk$', 'hkd'], ['nz$', 'nzd'], ['r$', 'brl'], ['s$', 'sgd'], ['nt$', 'twd'], ['mx$', 'mxn'],
  ['mex$', 'mxn'], ['j$', 'jmd'], ['tt$', 'ttd'], ['bds$', 'bbd'], ['bz$', 'bzd'], ['z$', 'zwl'], ['l$', 'lrd'],
  ['fj$', 'fjd'], ['g$', 'gyd'], ['b$', 'bsd'], ['ws$', 'wst'], ['si$', 'sbd'],
]);

/**
 * A country's adjective before a currency word that several countries use names that country's currency: "2.5 million
 * French francs" is `frf`, "40 Canadian dollars" `cad` (not the bare word's `chf` or `usd`). Keyed "adjective word".
 */
export const NAMED_CURRENCY: ReadonlyMap<string, string> = new Map<string, string>(([
  ...['franc', 'francs'].flatMap(w => [[`french ${w}`, 'frf'], [`belgian ${w}`, 'bef'], [`swiss ${w}`, 'chf'],
    [`luxembourg ${w}`, 'luf'], [`cfa ${w}`, 'xof'], [`congolese ${w}`, 'cdf'], [`rwandan ${w}`, 'rwf']]),
  ...['dollar', 'dollars'].flatMap(w => [[`canadian ${w}`, 'cad'], [`australian ${w}`, 'aud'], [`kong ${w}`, 'hkd'],
    [`zealand ${w}`, 'nzd'], [`singapore ${w}`, 'sgd'], [`taiwan ${w}`, 'twd'], [`taiwanese ${w}`, 'twd'],
    [`jamaican ${w}`, 'jmd'], [`zimbabwe ${w}`, 'zwl'], [`zimbabwean ${w}`, 'zwl'], [`caribbean ${w}`, 'xcd'],
    [`namibian ${w}`, 'nad'], [`fijian ${w}`, 'fjd'], [`liberian ${w}`, 'lrd'], [`us ${w}`, 'usd'], [`u.s. ${w}`, 'usd'],
    [`american ${w}`, 'usd']]),
  ...['peso', 'pesos'].flatMap(w => [[`mexican ${w}`, 'mxn'], [`argentine ${w}`, 'ars'], [`argentinian ${w}`, 'ars'],
    [`chilean ${w}`, 'clp'], [`colombian ${w}`, 'cop'], [`philippine ${w}`, 'php'], [`cuban ${w}`, 'cup'],
    [`uruguayan ${w}`, 'uyu'], [`dominican ${w}`, 'dop']]),
  ...['pound', 'pounds'].flatMap(w => [[`egyptian ${w}`, 'egp'], [`lebanese ${w}`, 'lbp'], [`syrian ${w}`, 'syp'],
    [`sudanese ${w}`, 'sdg'], [`british ${w}`, 'gbp'], [`irish ${w}`, 'iep']]),
  ...['rupee', 'rupees'].flatMap(w => [[`indian ${w}`, 'inr'], [`pakistani ${w}`, 'pkr'], [`sri ${w}`, 'lkr'],
    [`lankan ${w}`, 'lkr'], [`nepalese ${w}`, 'npr'], [`nepali ${w}`, 'npr'], [`mauritian ${w}`, 'mur']]),
  ...['dinar', 'dinars'].flatMap(w => [[`iraqi ${w}`, 'iqd'], [`kuwaiti ${w}`, 'kwd'], [`jordanian ${w}`, 'jod'],
    [`libyan ${w}`, 'lyd'], [`tunisian ${w}`, 'tnd'], [`algerian ${w}`, 'dzd'], [`serbian ${w}`, 'rsd'], [`bahraini ${w}`, 'bhd']]),
  ...['crown', 'crowns', 'krona', 'kronor', 'krone', 'kroner'].flatMap(w => [[`swedish ${w}`, 'sek'], [`norwegian ${w}`, 'nok'],
    [`danish ${w}`, 'dkk'], [`czech ${w}`, 'czk'], [`icelandic ${w}`, 'isk']]),
  ...['mark', 'marks'].flatMap(w => [[`german ${w}`, 'dem'], [`deutsche ${w}`, 'dem'], [`finnish ${w}`, 'fim']]),
  ...['lira', 'lire'].flatMap(w => [[`turkish ${w}`, 'try'], [`italian ${w}`, 'itl']]),
  ...['riyal', 'riyals', 'rial', 'rials'].flatMap(w => [[`saudi ${w}`, 'sar'], [`qatari ${w}`, 'qar'], [`iranian ${w}`, 'irr'],
    [`omani ${w}`, 'omr'], [`yemeni ${w}`, 'yer']]),
] as [string, string][]));

/** Currency words after the figure ("20 billion euros", "5 million hryvnias"). */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['dollar', 'usd'], ['dollars', 'usd'], ['euro', 'eur'], ['euros', 'eur'], ['pound', 'gbp'], ['pounds', 'gbp'],
  ['sterling', 'gbp'], ['hryvnia', 'uah'], ['hryvnias', 'uah'], ['hryvnas', 'uah'], ['hryvnya', 'uah'],
  ['ruble', 'rub'], ['rubles', 'rub'], ['rouble', 'rub'], ['roubles', 'rub'], ['yen', 'jpy'], ['yuan', 'cny'],
  ['rupees', 'inr'], ['francs', 'chf'], ['rand', 'zar'], ['zloty', 'pln'], ['zlotys', 'pln'], ['kronor', 'sek'],
  ['kroner', 'nok'], ['lira', 'try'], ['liras', 'try'], ['pesos', 'mxn'], ['reais', 'brl'], ['real', 'brl'],
  ['naira', 'ngn'], ['baht', 'thb'], ['rupiah', 'idr'], ['ringgit', 'myr'], ['dirham', 'aed'], ['dirhams', 'aed'],
  ['riyal', 'sar'], ['riyals', 'sar'], ['rupee', 'inr'], ['dlrs', 'usd'],
  // Currencies of one country each, the euro's forerunners among them, so a sum restated in euros ("750 billion drachmas
  // (2.2 billion euros)") converts a sum of money and takes its measure (round 25). "lire" is Italy's plural; "lira" Turkey's.
  ['drachma', 'grd'], ['drachmas', 'grd'], ['peseta', 'esp'], ['pesetas', 'esp'], ['escudo', 'pte'], ['escudos', 'pte'],
  ['guilder', 'nlg'], ['guilders', 'nlg'], ['lire', 'itl'], ['shekel', 'ils'], ['shekels', 'ils'], ['forint', 'huf'],
  ['forints', 'huf'],
  // Currencies of Central Asia and the Caucasus, which reports price against the dollar ("152 tenge to the dollar").
  ['tenge', 'kzt'], ['tenges', 'kzt'], ['somoni', 'tjs'], ['lari', 'gel'], ['manat', 'azn'], ['dram', 'amd'], ['drams', 'amd'],
  // The kwacha, whose sign is "K" (LETTER_CURRENCY), so "410 kwacha" and "K410" are one currency (round 32).
  ['kwacha', 'mwk'],
  // Iran's rial, written bare ("41,300 rials to the dollar"); the Gulf's riyal keeps its own spelling above (round 45).
  ['rial', 'irr'], ['rials', 'irr'],
]);

/** Every unit the tables above name, currencies included (isMeasurementUnit). */
const MEASUREMENT_UNITS: ReadonlySet<string> = new Set([...SINGLE.values(), ...DOUBLE.values()].map(d => d.unit)
  .concat([...CURRENCY_PREFIX.values(), ...DOLLAR_PREFIX.values(), ...CURRENCY_WORDS.values()]));

/** Words before a figure that make "pounds" a weight, not sterling: "weighing only 2.13 pounds", "lost 20 pounds". */
export const WEIGHT_CONTEXT: ReadonlySet<string> = new Set([
  'weigh', 'weighs', 'weighed', 'weighing', 'weight', 'heavy', 'lost', 'gained', 'shed', 'lose', 'gain',
]);

/** Time nouns that make a rate after "per"/"a"/"each" ("168 attacks per day", "3 flights a week"). */
export const RATE_PERIODS: ReadonlyMap<string, string> = new Map([
  ['second', 'second'], ['minute', 'minute'], ['hour', 'hour'], ['day', 'day'], ['night', 'night'],
  ['week', 'week'], ['month', 'month'], ['year', 'year'], ['annum', 'year'], ['capita', 'capita'],
  ['h', 'hour'], ['d', 'day'], ['yr', 'year'],
]);

/** A smaller time unit as a share of a larger one, for lengths in two units ("one hour and 23 minutes"). */
export const DURATION_PARTS: ReadonlyMap<string, number> = new Map([
  ['hour minute', 1 / 60], ['minute second', 1 / 60], ['hour second', 1 / 3600], ['day hour', 1 / 24],
  ['week day', 1 / 7], ['month day', 1 / 30], ['year month', 1 / 12], ['year day', 1 / 365], ['year week', 1 / 52],
]);

const IRREGULAR: ReadonlyMap<string, string> = new Map([
  ['men', 'man'], ['women', 'woman'], ['children', 'child'], ['people', 'person'], ['persons', 'person'],
  ['feet', 'foot'], ['teeth', 'tooth'], ['mice', 'mouse'], ['geese', 'goose'], ['lives', 'life'],
  ['wives', 'wife'], ['knives', 'knife'], ['halves', 'half'], ['leaves', 'leaf'], ['thieves', 'thief'],
  ['criteria', 'criterion'], ['phenomena', 'phenomenon'], ['data', 'data'], ['media', 'media'],
  ['personnel', 'personnel'], ['measles', 'measles'], ['mumps', 'mumps'], ['rabies', 'rabies'],
  ['diabetes', 'diabetes'], ['headquarters', 'headquarters'], ['means', 'means'], ['politics', 'politics'], ['police', 'police'], ['aircraft', 'aircraft'], ['sheep', 'sheep'],
  ['fish', 'fish'], ['series', 'series'], ['species', 'species'], ['news', 'news'], ['troops', 'troop'],
  ['casualties', 'casualty'], ['times', 'times'], ['analyses', 'analysis'], ['crises', 'crisis'],
  ['bases', 'base'], ['cases', 'case'], ['houses', 'house'], ['buses', 'bus'], ['gases', 'gas'],
  ['statuses', 'status'], ['viruses', 'virus'], ['ships', 'ship'], ['movies', 'movie'], ['cookies', 'cookie'],
  ['zombies', 'zombie'], ['lies', 'lie'], ['ties', 'tie'], ['pies', 'pie'], ['calories', 'calorie'],
  ['rookies', 'rookie'], ['goalies', 'goalie'], ['selfies', 'selfie'], ['sorties', 'sortie'], ['smoothies', 'smoothie'],
  ['shelves', 'shelf'], ['wolves', 'wolf'], ['selves', 'self'], ['calves', 'calf'], ['loaves', 'loaf'],
]);

/** Plural → singular with a small rule set and the irregulars above ("clashes" → "clash"). */
/** Singular words that end in "men". */
const MEN_SINGULARS = new Set(['specimen', 'abdomen', 'regimen', 'acumen', 'omen', 'semen', 'hymen', 'stamen', 'amen', 'yemen',
  'albumen', 'cerumen', 'rumen', 'lumen', 'bitumen', 'dolmen', 'gravamen', 'foramen', 'tegmen', 'nomen', 'cognomen']);
export function singularize(word: string): string {
  const w = word.toLowerCase();
  const irr = IRREGULAR.get(w);
  if (irr) return irr;
  const n = w.length;
  // "fishermen", "gunmen", "policemen": compounds of "men" (not "specimen", "abdomen", "regimen", "acumen").
  if (n > 4 && w.endsWith('men') && !MEN_SINGULARS.has(w)) return `${w.slice(0, -3)}man`;
  if (n <= 3 || !w.endsWith('s') || w.endsWith('ss') || w.endsWith('us') || w.endsWith('is')) return w;
  if (w.endsWith('ies') && n > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('sses') || w.endsWith('shes') || w.endsWith('ches') || w.endsWith('xes') || w.endsWith('zzes')) {
    return w.slice(0, -2);
  }
  if (w.endsWith('oes') && n > 5) return w.slice(0, -2);
  return w.slice(0, -1);
}

/** Units of time a figure counts ("three days", "24 hours"). */
export const TIME_UNITS = new Set(['second', 'minute', 'hour', 'day', 'night', 'week', 'month', 'year', 'decade', 'century', 'weekend']);
/**
 * Periods a report counts its figures over that are no lengths of time of their own (round 41): after a window word
 * they name the window ("in the first three quarters", "over the past three seasons"), as a time unit would.
 */
export const CALENDAR_PERIODS = new Set(['quarter', 'season']);

/**
 * Multiples named by a word of their own (round 23), with whether the word alone is a figure. "twice as many", "more
 * than twice the number": an adverb, a figure before "as" or a determiner ("scored twice" is not). "double", "triple",
 * "quadruple" before "the" are as often the verb ("plans to double the number of"), so they are no figure of their own;
 * the claim frame still reads the figure after any of them as its base ("more than double the official figure of 6
 * million", "three times the official toll").
 */
export const MULTIPLE_WORDS: ReadonlyMap<string, { value: number; figure: boolean }> = new Map([
  ['twice', { value: 2, figure: true }], ['thrice', { value: 3, figure: true }],
  ['double', { value: 2, figure: false }], ['triple', { value: 3, figure: false }], ['quadruple', { value: 4, figure: false }],
]);

/**
 * Nouns of a margin or a move a number of points modifies (round 23): "a 10-point lead", "a four-point edge", "a
 * three-point dip from March". Other nouns after "N-point" are no measure of points ("a five-point plan", "a
 * three-pointer").
 */
/** Nouns of a move up or down: "a three-point dip", "Monday's 17 percent decline" (round 29: carry.ts reads them too). */
export const MOVE_NOUNS: ReadonlySet<string> = new Set(['drop', 'dip', 'decline', 'fall', 'slide', 'rise', 'jump', 'gain',
  'increase']);
export const POINT_NOUNS: ReadonlySet<string> = new Set(['lead', 'edge', 'margin', 'advantage', 'gap', 'deficit', 'swing',
  ...MOVE_NOUNS, 'win', 'victory', 'spread']);

/** Units of length, as the unit table writes them: the sides of a dimension ("38 by 6 by 12 meters") and heights. */
export const LENGTH_UNITS: ReadonlySet<string> = new Set(['m', 'cm', 'mm', 'km', 'foot', 'inch', 'yard']);
