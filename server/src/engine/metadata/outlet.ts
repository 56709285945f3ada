// The outlet that published a report, read from bylines and credits, else a known outlet named in the header.
import type { Line } from './lines';

/** Well-known outlets, for bylines that do not say which part is the outlet and for header mentions. */
const KNOWN_OUTLETS = [
  'Reuters', 'Associated Press', 'AP', 'AFP', 'Agence France-Presse', 'Bloomberg', 'Bloomberg News', 'BBC', 'BBC News', 'CNN',
  'Al Jazeera', 'The Guardian', 'The New York Times', 'The Washington Post', 'The Wall Street Journal', 'Financial Times',
  'The Economist', 'Politico', 'Axios', 'NPR', 'Deutsche Welle', 'DW', 'dpa', 'RFE/RL', 'Radio Free Europe/Radio Liberty',
  'Kyiv Independent', 'The Kyiv Independent', 'Kyiv Post', 'Ukrainska Pravda', 'Ukrinform', 'Censor.NET', 'ERR', 'TASS',
  'RIA Novosti', 'Interfax', 'Meduza', 'Novaya Gazeta', 'Yonhap', 'NHK', 'Xinhua', 'Euronews', 'Le Monde', 'Der Spiegel',
  'Sky News', 'Fox News', 'NBC News', 'CBS News', 'ABC News', 'The Times', 'The Telegraph', 'The Independent', 'Newsweek',
  'Forbes', 'Business Insider', 'The Hill', 'Voice of America', 'VOA', 'ANSA', 'EFE', 'Kyodo', 'PTI', 'UPI', 'ua.news',
];
const KNOWN = new Set(KNOWN_OUTLETS.map(s => s.toLowerCase()));
/** Words that end outlet names ("Bloomberg News", "Korea Herald", "Ukrainian Service"). */
const OUTLET_HEADS = /\b(?:News|Times|Post|Press|Agency|Service|Journal|Herald|Telegraph|Tribune|Guardian|Gazette|Radio|TV|Television|Media|Daily|Wire|Broadcasting|Broadcaster|Network|Review|Chronicle|Observer|Independent|Pravda)$/;
const CORPORATE = /\s+(?:GmbH|LLC|L\.L\.C\.|Inc\.?|Ltd\.?|Limited|AG|Corp\.?|Corporation|Co\.?|S\.A\.|plc|PLC|SE)$/;

function looksLikeOutlet(name: string): boolean {
  return KNOWN.has(name.toLowerCase()) || OUTLET_HEADS.test(name) || /^[a-z0-9-]{2,40}\.[a-z]{2,10}$/i.test(name);
}

function clean(name: string): string {
  let s = name.trim();
  const stop = /\.\s/.exec(s);
  if (stop) s = s.slice(0, stop.index);
  s = s.replace(/[.,;:]+$/, '').replace(CORPORATE, '').trim();
  return s;
}

type Rule = (line: string) => string | null;

/** "By Jane Doe, Reuters" / "Jane Doe and John Roe, Bloomberg News on" (a syndication byline). */
const byline: Rule = line => {
  if (line.length > 160) return null;
  let r = /^by\s+[^,]{2,80},\s{0,3}([^,]{2,60})$/i.exec(line);
  if (r) {
    const name = clean(r[1].replace(/\s+on$/i, ''));
    return looksLikeOutlet(name) || /\s+on$/i.test(r[1]) ? name : null;
  }
  r = /^[\p{Lu}][^,]{2,100},\s{0,3}([\p{Lu}][^,]{1,60}?)\s+on$/u.exec(line);
  return r ? clean(r[1]) : null;
};

/** "— write on: ua.news", "writes on ua.news". */
const writesOn: Rule = line => {
  const r = /\bwrites?\s{1,3}on:?\s{0,3}([A-Za-z0-9][\w.-]{1,60})/i.exec(line);
  return r ? clean(r[1]) : null;
};

/** "KIEV, Ukraine (AP) —", "Jan. 12 (Reuters) -": the agency in parentheses before the dash. */
const dateline: Rule = line => {
  const r = /^[^()]{2,60}\(([\p{L}][\p{L}\d/.& -]{0,40})\)\s{0,3}[-–—]/u.exec(line);
  if (!r) return null;
  const name = clean(r[1]);
  return /^[\p{Lu}]/u.test(name) && !/\b(?:photo|video|file)\b/i.test(name) ? name : null;
};

/** "The article is reported by RFE/RL’s Ukrainian Service and dpa", "This story was produced by X". */
const creditedBy: Rule = line => {
  const r = /\b(?:article|story|report|material|piece|text)\s{1,3}(?:is|was|has been)\s{1,3}(?:reported|written|prepared|produced|published|provided)\s{1,3}by\s{1,3}(?:the\s{1,3})?([\p{L}\d][\p{L}\d/.&-]{0,40}(?:\s{1,3}[\p{Lu}\d][\p{L}\d/.&-]{0,40}){0,4})/iu.exec(line);
  if (!r) return null;
  // The outlet is the owner in "RFE/RL’s Ukrainian Service"; the first of several in "X and Y".
  const name = r[1].split(/['’]s\b/)[0].split(/\s+and\s+/)[0];
  return clean(name) || null;
};

/** "©2025 dpa GmbH", "Copyright 2024 The Associated Press. All rights reserved." */
const copyright: Rule = line => {
  const r = /(?:©|\(c\)|copyright)\s{0,3}(?:\d{4}\s{0,3}[-–]?\s{0,3}){0,2}([\p{L}][\p{L}\d/.&'-]{0,40}(?:\s{1,3}[\p{L}\d][\p{L}\d/.&'-]{0,40}){0,4})/iu.exec(line);
  if (!r) return null;
  const name = clean(r[1].split(/\s+all\s+rights/i)[0]);
  return name && !/^(?:all|by)$/i.test(name) ? name : null;
};

/** "Forwarded from Sahel Watch FR": a relayed channel names the outlet (a trailing language code is not part of it). */
const forwardedFrom: Rule = line => {
  const r = /^forwarded\s{1,3}from:?\s{0,3}([\p{L}\d][\p{L}\d.&'-]{0,40}(?:\s{1,3}[\p{L}\d][\p{L}\d.&'-]{0,40}){0,4})/iu.exec(line);
  if (!r) return null;
  return clean(r[1].replace(/\s+[A-Z]{2}$/, '')) || null;
};

/** Words of page navigation that open all-caps header lines without naming the outlet. */
const NAV_WORDS = /^(?:HOME|NEWS|MENU|LATEST|WORLD|SPORTS?|BUSINESS|POLITICS|OPINION|LIVE|BREAKING|SEARCH|SUBSCRIBE|LOGIN|SIGN)\b/;

/**
 * A masthead in capitals ("THE HARBOUR GAZETTE") or a channel header ("DELTA WATCH | Evening digest"): two to five
 * all-caps words, ending in an outlet word or standing before a bar, printed in title case ("The Harbour Gazette").
 */
const masthead: Rule = line => {
  if (line.length > 80) return null;
  const bar = /^([A-Z][A-Z0-9&.'-]{0,30}(?:\s[A-Z0-9&.'-]{1,30}){1,4})\s{0,3}[|•·–—]/.exec(line);
  const whole = /^([A-Z][A-Z0-9&.'-]{0,30}(?:\s[A-Z0-9&.'-]{1,30}){1,4})$/.exec(line);
  const name = bar?.[1] ?? (whole && OUTLET_HEADS.test(titleCase(whole[1])) ? whole[1] : null);
  if (!name || NAV_WORDS.test(name) || !/[A-Z]{2}/.test(name)) return null;
  return titleCase(name.trim());
};

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase())
    .replace(/ (?:And|Of|The)\b/g, m => m.toLowerCase());
}

/** Rules in order of trust: an explicit byline or credit beats a name that merely appears. */
const RULES: Rule[] = [byline, writesOn, dateline, creditedBy, forwardedFrom, copyright, masthead];

/**
 * The outlet from header and footer lines, trying each rule over all lines before the next rule; else a known
 * outlet named on a headline-length line before the body starts.
 */
export function inferOutlet(header: Line[], footer: Line[]): string | null {
  const lines = [...header, ...footer.filter(f => !header.some(h => h.start === f.start))];
  for (const rule of RULES) {
    for (const line of lines) {
      const name = rule(line.text);
      if (name && name.length >= 2) return name;
    }
  }
  for (const line of header) {
    if (line.length >= 150) break;
    const found = knownOutletIn(line.text);
    if (found) return found;
  }
  return null;
}

/** The longest known outlet name standing as whole words in the line. */
function knownOutletIn(line: string): string | null {
  let best: string | null = null;
  for (const name of KNOWN_OUTLETS) {
    if (best && name.length <= best.length) continue;
    let at = line.indexOf(name);
    while (at >= 0) {
      const before = at > 0 ? line[at - 1] : ' ';
      const after = line[at + name.length] ?? ' ';
      if (!/[\p{L}\d]/u.test(before) && !/[\p{L}\d]/u.test(after)) { best = name; break; }
      at = line.indexOf(name, at + 1);
    }
  }
  return best;
}
