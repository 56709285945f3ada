// Sports sides named after places: "Middlesbrough beat Leeds 2-1", "Somerset 83 and 174", "DETROIT 4 Kansas City 2".
// The gazetteer says place; the slot says team. A name the report uses as a side at least once is an organization
// wherever no preposition places it ("at Leeds" stays the town).
import { slug } from './fold';
import { CAP, DIGIT, NAME_WORD } from './lexicon';
import type { NamedSpan } from './recurring';
import type { Word } from './words';
import { PLACE_TAILS } from './gazetteer';
import { COMPETITION_TAILS, PLAN_TAILS } from './events';
import { PLACE_NOUNS } from './cues';
import { hasOrPlural } from '../text/inflection';
import { MONTH_ABBREVIATIONS, MONTHS } from '../dates/lexicon';
import { countyClubs } from './counties';

/** Words that stand between two sides of a match (compared in lower case, so headlines' "BEAT" counts). */
const MATCH_WORDS = new Set(['beat', 'beats', 'v', 'vs', 'drew', 'draw', 'defeated', 'defeat', 'edged', 'thrashed', 'routed',
  'downed', 'hammered', 'outplayed', 'overpowered', 'trounced', 'crushed', 'stunned', 'upset', 'whipped', 'blanked',
  'against']);
/** Words after a score that keep it a score line ("83 and 174", "296 for five", "109 not out", "532-8 declared"). */
const SCORE_TAILS = new Set(['and', 'for', 'not', 'declared', 'dec', 'all', 'runs', 'points', 'pts', 'goals', 'after']);
/** National sides that the home nations field keep the place's kind, as countries do. */
const NATION_SIDES = new Set(['england', 'scotland', 'wales', 'northern ireland']);
/** Prepositions that put a name on the map ("at Leeds", "in Surrey"). */
const PLACE_MARKS = new Set(['in', 'at', 'near', 'from', 'outside', 'around', 'into', 'of', 'across', 'towards', 'toward']);

/**
 * A score: one to three ASCII digits (what /^\d{1,3}$/ matches). Read by character codes because the scan for
 * unnamed sides asks it of every word of a report, and on figure-dense text a regular-expression test per word was
 * the larger part of that loop's time (profiled on a price list).
 */
export function isScore(text: string): boolean {
  const n = text.length;
  if (n === 0 || n > 3) return false;
  for (let k = 0; k < n; k++) {
    const c = text.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
/** A side's goals or runs in a match of few scores (0 to 19), never a golfer's round. */
const GOALS = /^1?\d$/;

/** Lower-case nouns of a club's people after its name ("Blackburn manager", "Porto players", "Braga defender"). */
const SQUAD_NOUNS = new Set(['striker', 'strikers', 'manager', 'coach', 'defender', 'defenders', 'midfielder', 'midfielders',
  'goalkeeper', 'keeper', 'captain', 'skipper', 'player', 'players', 'fans', 'supporters', 'forward', 'winger', 'squad',
  'pitcher', 'batsman', 'bowler', 'opener', 'wicketkeeper', 'outfielder', 'shortstop', 'quarterback', 'playmaker', 'teammate',
  'teammates', 'debutant', 'boss']);
/** Lower-case nouns before a club's name ("northern side Braga", "Swiss club Sion", "champions Ajax"). */
const CLUB_BEFORE = new Set(['side', 'club', 'champions', 'outfit', 'giants', 'visitors', 'hosts', 'leaders']);
/** Words that end a club's name after a town ("Leeds United", "Bristol Rovers"); never a place's own word. */
const CLUB_TAILS = new Set(['United', 'Rovers', 'Wanderers', 'Athletic', 'Albion', 'Hotspur', 'Argyle', 'Rangers', 'Celtic',
  'Athletico', 'Alexandra', 'Orient', 'Olympic', 'Olympique']);

/** The number at k goes on with thousands or decimals glued on ("20,167", "3.674"): a figure, no score. */
function gluedFigure(words: Word[], k: number): boolean {
  const a = words[k + 1];
  return !!a && a.punct && (a.text === ',' || a.text === '.') && a.gap === '' && /^\d/.test(words[k + 2]?.text ?? '') && words[k + 2].gap === '';
}

/** A score right after the name: a number of at most three digits that the line goes on treating as a score. */
function scoreAfter(words: Word[], to: number): boolean {
  const n = words[to];
  if (!n || n.punct || !isScore(n.text)) return false;
  const a = words[to + 1];
  // "Revs 20,167 18,623", "Net 3.674": a figure's thousands or decimals glued on make it no score.
  if (gluedFigure(words, to)) return false;
  if (!a || a.punct || a.cap || isScore(a.text)) return true;
  return SCORE_TAILS.has(a.lower);
}

const isSide = (w: Word | undefined) => !!w && !w.punct && (w.cap || isScore(w.text));

/** Parts of a match that results lines score on their own ("Halftime 1-0", "Aggregate 4-4"): a period, no side. */
const MATCH_PARTS = new Set(['halftime', 'half-time', 'fulltime', 'full-time', 'aggregate']);
const matchPart = (words: Word[], from: number, to: number) => to === from + 1 && MATCH_PARTS.has(words[from].lower);

/** The name at [from, to) stands where a side stands: before a score, or across a match word from another name or score. */
function sideSlot(words: Word[], from: number, to: number): boolean {
  if (matchPart(words, from, to)) return false;
  if (scoreAfter(words, to) || clubSlot(words, from, to)) return true;
  const a = words[to];
  // "Denver drew 90,000 marchers": a figure in thousands after "drew" is a crowd, no side's score (round 28).
  if (a && !a.punct && MATCH_WORDS.has(a.lower) && a.lower !== 'against' && isSide(words[to + 1]) && !gluedFigure(words, to + 1)) return true;
  const p = words[from - 1];
  return !!p && !p.punct && MATCH_WORDS.has(p.lower) && isSide(words[from - 2]);
}

/** Words before a side in a report of matches: "played for", "against"; "to" and "at" only after "away" or "home". */
const SIDE_BEFORE = new Set(['for', 'against']);
const VENUE_WORDS = new Set(['away', 'home']);

/** Words after a possessive place that may be followed by the thing it holds ("London's third-busiest airport"). */
const POSSESSED_REACH = 3;

/** A place's own noun comes within a few lower-case words after k ("airport", "two major airports"). */
function placeNounAhead(words: Word[], k: number): boolean {
  for (let m = k, n = 0; n < POSSESSED_REACH && m < words.length && !words[m].cap; m++) {
    // A hyphenated modifier's parts ("third-busiest") count as one word.
    if (words[m].text === '-' && words[m].gap === '') continue;
    if (words[m].punct) return false;
    n++;
    const l = words[m].lower;
    if (hasOrPlural(PLACE_NOUNS, l)) return true;
  }
  return false;
}

/** Nouns of a result before "over" ("victory over Volendam") and draws before "with" ("drew with Hibernian"). */
const WIN_NOUNS = new Set(['victory', 'win', 'triumph', 'success']);
const DRAW_WORDS = new Set(['draw', 'drew', 'drawn', 'drawing']);

/**
 * The name at `from` follows "for", "against", "away to", "at home to" (not "at Leeds", which places it), a match word
 * ("beat Groningen", "defeated Sunderland"), "victory over" or "drew with"; or it owns something in the possessive
 * ("Colorado's lead", "Wigan's seven-year reign").
 */
function opponentSlot(words: Word[], from: number, to: number): boolean {
  if (words[to - 1].poss && words[to] && !words[to].punct && !words[to].cap) return !placeNounAhead(words, to);
  const p = words[from - 1];
  if (!p || p.punct) return false;
  if (SIDE_BEFORE.has(p.lower) || (MATCH_WORDS.has(p.lower) && !p.cap)) return true;
  const pp = words[from - 2];
  if (!pp || pp.punct) return false;
  if (p.lower === 'over') return WIN_NOUNS.has(pp.lower);
  if (p.lower === 'with') return DRAW_WORDS.has(pp.lower);
  return (p.lower === 'to' || p.lower === 'at') && VENUE_WORDS.has(pp.lower);
}

/** "Heerenveen's Romeo Wouden": in a report of matches, a town's possessive before a person names the person's club. */
function playerOf(words: Word[], to: number, personAt: ReadonlySet<number>): boolean {
  return words[to - 1].poss && personAt.has(to) && sameLine(words, to - 1, to);
}

/** A club's people after the name ("Braga defender", "Porto's players") or a club noun before it ("side Braga"). */
function clubSlot(words: Word[], from: number, to: number): boolean {
  const a = words[to];
  if (a && !a.punct && !a.cap && SQUAD_NOUNS.has(a.lower)) return true;
  const p = words[from - 1];
  return !!p && !p.punct && !p.cap && CLUB_BEFORE.has(p.lower);
}

const placeMarked = (words: Word[], k: number) => {
  const p = words[k - 1];
  return !!p && !p.punct && PLACE_MARKS.has(p.lower);
};

/** "Minnesota Twins", "Detroit Tigers": in a report with sides, a town and a capitalized plural is a club, not a place. */
function pluralSide(words: Word[], c: NamedSpan): boolean {
  const last = words[c.to - 1];
  return c.to - c.from >= 2 && last.text.length > 3 && last.text.endsWith('s') && !last.text.endsWith('ss')
    && !PLACE_TAILS.has(last.text) && last.text !== last.text.toUpperCase();
}

/** No line break between words from and to. */
function sameLine(words: Word[], from: number, to: number): boolean {
  for (let m = from + 1; m <= to; m++) if (words[m].gap.includes('\n')) return false;
  return true;
}

/** An uncovered run of one to three capitalized name words ending at `to`, and where it starts. */
function nameRunBefore(words: Word[], classes: Int32Array, covered: Uint8Array, to: number): number {
  let k = to;
  while (k > 0 && to - k < 3 && !covered[k - 1] && (classes[k - 1] & CAP) && (classes[k - 1] & NAME_WORD)) k--;
  return k;
}

/** The word follows the one before it on the same line, one space between. */
const spaced = (b: Word | undefined) => !!b && b.gap === ' ';

/** A capitalized plural that may end a club's name ("Blue Jays", "Cardinals"); never a place's or an event's word. */
export function pluralTail(w: Word): boolean {
  return !w.punct && w.cap && w.text.length > 3 && w.text.endsWith('s') && !w.text.endsWith('ss') && !w.poss
    && w.text !== w.text.toUpperCase() && !PLACE_TAILS.has(w.text) && !PLAN_TAILS.has(w.text) && !COMPETITION_TAILS.has(w.lower);
}

/**
 * "the Toronto Blue Jays won", "St. Louis Cardinals": a town followed by one or two capitalized words no table knows,
 * the last a plural, is a club named after the town (North American sides are named so); the words join its name.
 */
function townClubs(text: string, words: Word[], classes: Int32Array, found: NamedSpan[], covered: Uint8Array): Map<string, NamedSpan> {
  const byNickname = new Map<string, NamedSpan>();
  for (const c of found) {
    if (c.kind !== 'place' || c.to >= words.length || !spaced(words[c.to]) || words[c.to - 1].poss) continue;
    let e = c.to;
    while (e < words.length && e - c.to < 2 && !covered[e] && (classes[e] & CAP) && (classes[e] & NAME_WORD) && spaced(words[e])) {
      if (pluralTail(words[e])) break;
      e++;
    }
    if (e >= words.length || e - c.to >= 2 || covered[e] || !spaced(words[e]) || !(classes[e] & NAME_WORD) || !pluralTail(words[e])) continue;
    for (let m = c.to; m <= e; m++) covered[m] = 1;
    byNickname.set(words.slice(c.to, e + 1).map(w => w.fold).join(' '), c);
    c.to = e + 1;
    c.kind = 'organization';
    c.name = text.slice(words[c.from].start, words[e].end);
    c.id = `organization:${slug(c.name)}`;
  }
  return byNickname;
}

/** A name that a lower-case noun follows modifies it ("the Williams sisters", "the Kellings affair"). */
const modifiesNoun = (w: Word | undefined) => !!w && !w.punct && !w.cap && w.pos.startsWith('NN');

/**
 * Round 43: "the Florida Marlins", "the Braves": "the" before a name read as a person whose last word is a capitalized
 * plural names a club or a group, never one person; the report's other mentions of that person (the nickname alone)
 * follow, under the group's full name.
 */
function pluralGroups(text: string, words: Word[], found: NamedSpan[]): void {
  const groupOf = new Map<string, string>();
  for (const c of found) {
    const p = words[c.from - 1];
    if (c.kind !== 'person' || !p || p.punct || p.lower !== 'the' || !pluralTail(words[c.to - 1]) || modifiesNoun(words[c.to])) continue;
    const name = text.slice(words[c.from].start, words[c.to - 1].end);
    const known = groupOf.get(c.id);
    if (!known || known.length < name.length) groupOf.set(c.id, name);
  }
  for (const c of found) {
    const name = c.kind === 'person' ? groupOf.get(c.id) : undefined;
    if (!name) continue;
    c.kind = 'organization';
    c.name = name;
    c.id = `organization:${slug(name)}`;
  }
}

/**
 * Adds the nicknames of clubs other rules named in full ("California Angels"): an organization of two to four capitalized
 * words whose last is a capitalized plural no place or event table ends with.
 */
function clubNicknames(words: Word[], found: NamedSpan[], byNickname: Map<string, NamedSpan>): Map<string, NamedSpan> {
  for (const c of found) {
    if (c.kind !== 'organization' || c.to - c.from < 2 || c.to - c.from > 4 || !pluralTail(words[c.to - 1])) continue;
    let caps = true;
    for (let m = c.from; m < c.to; m++) if (words[m].punct || !words[m].cap) caps = false;
    const nick = words[c.to - 1].fold;
    if (caps && !byNickname.has(nick)) byNickname.set(nick, c);
  }
  return byNickname;
}

/** Longest nickname in words ("Blue Jays", "White Sox"). */
const NICKNAME_WORDS = 2;

/**
 * "the Padres", "ORIOLES WIN": a club's nickname alone, once the report names the club in full ("San Diego Padres"),
 * is that club wherever no other span took its words (headlines write it in capitals; the fold key ignores case).
 */
function nicknameMentions(words: Word[], covered: Uint8Array, byNickname: ReadonlyMap<string, NamedSpan>): NamedSpan[] {
  const extra: NamedSpan[] = [];
  if (byNickname.size === 0) return extra;
  for (let k = 0; k < words.length; k++) {
    if (covered[k] || !words[k].cap || words[k].punct) continue;
    for (let n = NICKNAME_WORDS; n >= 1; n--) {
      if (k + n > words.length) continue;
      let free = true;
      for (let m = k; m < k + n; m++) if (covered[m] || words[m].punct || (m > k && !spaced(words[m]))) free = false;
      const club = free ? byNickname.get(words.slice(k, k + n).map(w => w.fold).join(' ')) : undefined;
      if (!club) continue;
      for (let m = k; m < k + n; m++) covered[m] = 1;
      extra.push({ from: k, to: k + n, kind: 'organization', id: club.id, name: club.name });
      k += n - 1;
      break;
    }
  }
  return extra;
}

/**
 * "Ajax Amsterdam 2", "Sparta Rotterdam", "Toyota Australia said": an organization's name followed on the same line by
 * a town (or, for a company, a country) with one space between is one name, a club with its town or a company's
 * national arm; the place mention is dropped and the organization keeps its id.
 */
export function organizationsWithPlaces(words: Word[], found: (NamedSpan & { company?: boolean })[]): void {
  const placeAt = new Map<number, NamedSpan>();
  for (const c of found) if (c.kind === 'place' || c.kind === 'country') placeAt.set(c.from, c);
  if (placeAt.size === 0) return;
  const merged = new Set<NamedSpan>();
  for (const o of found) {
    if (o.kind !== 'organization') continue;
    const p = placeAt.get(o.to);
    // "the Interior Ministry's Paris office": a possessive ends the name.
    if (!p || merged.has(p) || !spaced(words[p.from]) || words[o.to - 1].poss || (p.kind === 'country' && !o.company)) continue;
    o.to = p.to;
    o.next = Math.max(o.next ?? o.to, p.next ?? p.to);
    merged.add(p);
  }
  dropSpans(found, merged);
}

/** Words a side's bracket may hold: its country or town ("(Czech Republic)", "(Romania)"). */
const BRACKET_WORDS = 3;

/** Past a bracket of one to three words right after a side's name on its line ("Sion (Switzerland) 0"), else `to`. */
function pastBracket(words: Word[], to: number): number {
  if (words[to]?.text !== '(') return to;
  for (let m = to + 1; m <= to + 1 + BRACKET_WORDS && m < words.length; m++) {
    if (words[m].text === ')') return m > to + 1 && sameLine(words, to, m) ? m + 1 : to;
    if (words[m].punct && words[m].text !== '.') return to;
  }
  return to;
}

/** Where the bracket that closes right before `from` opens ("Valletta (Malta) 1" read backwards), else `from`. */
function bracketBefore(words: Word[], from: number): number {
  if (words[from - 1]?.text !== ')') return from;
  for (let m = from - 2; m >= from - 2 - BRACKET_WORDS && m >= 0; m--) {
    if (words[m].text === '(') return m < from - 2 && sameLine(words, m, from - 1) ? m : from;
    if (words[m].punct && words[m].text !== '.') return from;
  }
  return from;
}

/**
 * Score a side in a two-sided line: "Lincoln 1 Leyton Orient 1" (a score and a name on either side). A bracketed
 * country or town may follow each side's name ("Gloria Bistrita (Romania) 2 Valletta (Malta) 1"); tennis and golf
 * lines ("(France) 6-4 6-2", "(Sweden) 64 71") hold no single score between two names.
 */
function twoSidedScore(words: Word[], from: number, to: number): boolean {
  const end = pastBracket(words, to);
  // After a bracket only a goal count makes a side: golf lines bracket countries too ("(Sweden) 72 Niclas Fasth").
  if (!scoreAfter(words, end) || (end > to && !GOALS.test(words[end].text))) return false;
  const after = words[end + 1];
  if (after && !after.punct && after.cap && sameLine(words, end, end + 1)) return true;
  const p = words[from - 1];
  if (!p || !isScore(p.text)) return false;
  const open = bracketBefore(words, from - 1);
  if (open < from - 1 && !GOALS.test(p.text)) return false;
  const pp = words[open - 1];
  return !!pp && !pp.punct && pp.cap && sameLine(words, open - 1, from);
}

/** Figures a standings row gives a side after its name: played, won, drawn, lost, for, against, points. */
const STANDINGS_FIGURES = 6;

/**
 * Round 43: "Port Vale 2 0 2 0 2 2 2": a name followed to the end of its line by six or more scores is a side in a
 * league table (a golfer's line holds at most four rounds and a total).
 */
function standingsRow(words: Word[], to: number): boolean {
  let k = to;
  while (k < words.length && !words[k].gap.includes('\n') && isScore(words[k].text)) k++;
  return k - to >= STANDINGS_FIGURES && (k === words.length || words[k].gap.includes('\n'));
}

/**
 * A town or unknown name alone in brackets right after a player ("Marco Rossi (Cagliari)"): the player's club (an
 * unknown one was first read as the player's alias). The home nations are national sides, places as countries are.
 */
function clubInBrackets(words: Word[], c: NamedSpan, personEndingAt: ReadonlySet<number>): boolean {
  return (c.kind === 'person' || c.kind === 'place') && words[c.from - 1]?.text === '('
    && words[c.to]?.text === ')' && personEndingAt.has(c.from - 1) && !NATION_SIDES.has(c.name.toLowerCase());
}

const personEnds = (found: NamedSpan[]) => new Set(found.filter(c => c.kind === 'person').map(c => c.to));

/**
 * In a report of matches, names that look like people but stand as sides are clubs: one side of a two-sided score
 * line ("Odra Wodzislaw 1"), a row of a league table ("Port Vale 2 0 2 0 2 2 2"), or a town or unknown name in brackets
 * after a player ("Marco Rossi (Cagliari)"). Golf and athletics lines ("Bob May 74 75 70", "(U.S.)") are not two-sided
 * and name countries in their brackets.
 */
function sidesNamedLikePeople(text: string, words: Word[], found: NamedSpan[]): void {
  const personEndingAt = personEnds(found);
  for (const c of found) {
    if (c.kind !== 'person' && c.kind !== 'place') continue;
    const side = c.kind === 'person' && (twoSidedScore(words, c.from, c.to) || standingsRow(words, c.to));
    if (!side && !clubInBrackets(words, c, personEndingAt)) continue;
    c.kind = 'organization';
    c.name = text.slice(words[c.from].start, words[c.to - 1].end);
    c.id = `organization:${slug(c.name)}`;
  }
}

/** Scorer lists name each player's club in brackets ("Rossi (Cagliari), Meyer (Sion)"): two clubs make such a list. */
const SCORER_LIST_CLUBS = 2;

/** Marks that end a list's entry after its bracket ("Rossi (Cagliari), Meyer (Sion)."). */
const ENTRY_ENDS = new Set([',', '.', ';']);

/** The bracket closing at `close` ends a list's entry: a comma, stop or semicolon follows, or the line ends. */
function entryEnds(words: Word[], close: number): boolean {
  const a = words[close + 1];
  return !a || a.gap.includes('\n') || (a.punct && ENTRY_ENDS.has(a.text));
}

/**
 * The distinct names standing in brackets after players as their clubs (`clubInBrackets`), each ending a list's entry;
 * in running text ("Joe Tarr (Kenton) said") a bracketed town is where the person is from.
 */
function bracketedClubs(words: Word[], found: NamedSpan[]): number {
  const personEndingAt = personEnds(found);
  const names = new Set<string>();
  for (const c of found) if (clubInBrackets(words, c, personEndingAt) && entryEnds(words, c.to)) names.add(c.name.toLowerCase());
  return names.size;
}

/** Removes the spans another span took in, in place and in order (one pass: a report may hold thousands). */
function dropSpans<T>(found: T[], taken: ReadonlySet<T>): void {
  if (!taken.size) return;
  let k = 0;
  for (const c of found) if (!taken.has(c)) found[k++] = c;
  found.length = k;
}

/**
 * Relabels places that stand as sides in the report as organizations, and returns mentions of sides no table knows
 * ("Leicestershire 296") once the report shows at least two score lines. A lone word that is the surname of a person
 * the report names in full (`surname`) is that person, not a side: standings list riders and players so ("2. Corser 270"
 * after "Troy Corser").
 */
export function sportsTeams(text: string, words: Word[], classes: Int32Array, found: NamedSpan[], covered: Uint8Array,
  surname: (w: Word) => boolean): NamedSpan[] {
  pluralGroups(text, words, found);
  const clubs = townClubs(text, words, classes, found, covered);
  const key = (from: number, to: number) => words.slice(from, to).map(w => w.fold).join(' ');
  const { teams, unknown, table } = sidesOfReport(text, words, classes, found, covered, surname, key);
  // Sides written with their country in brackets ("Victoria Kestrin (Romania) 2") show a table of matches themselves.
  const bracketedSides = found.filter(c => c.kind === 'person' && pastBracket(words, c.to) > c.to && twoSidedScore(words, c.from, c.to));
  // So do lists of scorers with their clubs in brackets, which hold no score line (round 43).
  if (table || teams.size || bracketedSides.length >= 2 || bracketedClubs(words, found) >= SCORER_LIST_CLUBS) {
    sidesNamedLikePeople(text, words, found);
  }
  // In a report of matches, a town one plays for or against, or away or at home to, is a side ("scored for Milwaukee",
  // "against Middlesex", "lost 2-0 away to Heerenveen").
  if (table || teams.size) {
    const personAt = new Set<number>();
    for (const c of found) if (c.kind === 'person') personAt.add(c.from);
    for (const c of found) {
      if (c.kind !== 'place' || NATION_SIDES.has(c.name.toLowerCase())) continue;
      if (opponentSlot(words, c.from, c.to) || playerOf(words, c.to, personAt)) teams.add(key(c.from, c.to));
    }
  }
  for (const c of found) if (c.kind === 'place' && c.to - c.from >= 2 && CLUB_TAILS.has(words[c.to - 1].text)) teams.add(key(c.from, c.to));
  if (teams.size) relabelSides(text, words, classes, found, covered, teams, key);
  const extra = teams.size && table ? unknownSides(text, words, covered, unknown) : [];
  return [...extra, ...nicknameMentions(words, covered, clubNicknames(words, found, clubs)), ...countyClubs(text, words, found, covered)];
}

type SpanKey = (from: number, to: number) => string;

/**
 * The sides a report shows: places in a side's slot or before a score, and (only in a report that shows at least two
 * score lines, `table`) names no table knows before a score.
 */
function sidesOfReport(text: string, words: Word[], classes: Int32Array, found: NamedSpan[], covered: Uint8Array,
  surname: (w: Word) => boolean, key: SpanKey): { teams: Set<string>; unknown: [number, number][]; table: boolean } {
  const teams = new Set<string>();
  let scoreLines = 0;
  for (const c of found) {
    if (c.kind !== 'place' || NATION_SIDES.has(c.name.toLowerCase())) continue;
    if (scoreAfter(words, c.to)) scoreLines++;
    if (sideSlot(words, c.from, c.to)) teams.add(key(c.from, c.to));
  }
  const placeEndingAt = new Map<number, NamedSpan>();
  for (const c of found) if (c.kind === 'place') placeEndingAt.set(c.to, c);
  const unknown: [number, number][] = [];
  const townFirst: [NamedSpan, number][] = [];
  for (let k = 1; k < words.length; k++) {
    if (!isScore(words[k].text) || covered[k - 1] || !scoreAfter(words, k)) continue;
    const from = nameRunBefore(words, classes, covered, k);
    if (from < k && !placeMarked(words, from) && !(k - from === 1 && surname(words[from])) && !matchPart(words, from, k)) {
      const town = placeEndingAt.get(from);
      if (town && spaced(words[from]) && !placeMarked(words, town.from)) townFirst.push([town, k]);
      else unknown.push([from, k]);
    }
  }
  const table = scoreLines + unknown.length + townFirst.length >= 2;
  if (table) for (const [town, to] of townFirst) teams.add(joinTown(text, words, covered, town, to, key));
  if (table) unknown.push(...unknownAfterVersus(words, classes, covered));
  if (table) for (const [from, to] of unknown) teams.add(key(from, to));
  return { teams, unknown, table };
}

/**
 * Round 43: "Bristol City 0", "Leyton Orient 2": a town and the name words after it before a score are one side; read
 * apart, the town stayed a place and its last words became a club of their own. The town's span takes the words in.
 */
function joinTown(text: string, words: Word[], covered: Uint8Array, town: NamedSpan, to: number, key: SpanKey): string {
  for (let m = town.to; m < to; m++) covered[m] = 1;
  town.to = to;
  town.name = text.slice(words[town.from].start, words[to - 1].end);
  return key(town.from, to);
}

/** The abbreviations that stand only between two sides ("Kent 128-1 (...) v Glamorgan", "Leeds vs Wigan"). */
const VERSUS = new Set(['v', 'vs']);

/**
 * Round 43: in a report of matches, a run of one to three name words no table knows right after "v" on its line is the
 * other side, though no score follows it (fixtures, and cricket cards whose first side ends in a bracket).
 */
function unknownAfterVersus(words: Word[], classes: Int32Array, covered: Uint8Array): [number, number][] {
  const runs: [number, number][] = [];
  for (let k = 1; k + 1 < words.length; k++) {
    if (words[k].punct || !VERSUS.has(words[k].text) || !sameLine(words, k, k + 1)) continue;
    let e = k + 1;
    while (e < words.length && e - k <= 3 && !covered[e] && (classes[e] & CAP) && (classes[e] & NAME_WORD) && spaced(words[e])) e++;
    if (e > k + 1) runs.push([k + 1, e]);
  }
  return runs;
}

/** A dateline's date after its place: a year or a numeric date ("1997", "1997-03-14"), or a month ("March", "Mar."). */
const datelineDate = (w: Word | undefined) => !!w && (/^\d{4}(?:-\d\d-\d\d)?$/.test(w.text) || MONTHS.has(w.lower)
  || MONTH_ABBREVIATIONS.has(w.lower));

/**
 * Round 37: "DENVER 1997-03-14", "BOSTON, March 14": a place that opens its line and is followed there by a date is the
 * dateline naming where the report was filed. The town may be a side in the report's tables ("DENVER 4 Omaha 2"); the
 * dateline stays the town (a score, not a date, follows a side).
 */
function datelinePlace(words: Word[], c: NamedSpan): boolean {
  if (c.from > 0 && !words[c.from].gap.includes('\n')) return false;
  const k = words[c.to]?.text === ',' ? c.to + 1 : c.to;
  return k < words.length && sameLine(words, c.to - 1, k) && datelineDate(words[k]);
}

/** Places that are sides become organizations, taking in the name words before them in a score line. */
function relabelSides(text: string, words: Word[], classes: Int32Array, found: NamedSpan[], covered: Uint8Array,
  teams: ReadonlySet<string>, key: SpanKey): void {
  const surfaceOf = (from: number, to: number) => text.slice(words[from].start, words[to - 1].end);
  const endingAt = new Map<number, NamedSpan>();
  for (const c of found) endingAt.set(c.to, c);
  const absorbed = new Set<NamedSpan>();
  for (const c of found) {
    if (absorbed.has(c)) continue;
    if (c.kind !== 'place' || placeMarked(words, c.from) || datelinePlace(words, c)) continue;
    if (!teams.has(key(c.from, c.to)) && !pluralSide(words, c)) continue;
    c.kind = 'organization';
    // "Legia Warsaw 3", "NEC Nijmegen 0": name words before a town in a score line belong to the club's name, and so
    // does a name found before it ("Werder Bremen 3", "Paris St Germain 0").
    if (scoreAfter(words, c.to)) {
      const p = endingAt.get(c.from);
      if (p && p !== c && p.kind !== 'person' && spaced(words[c.from]) && sameLine(words, p.from, c.from)) {
        absorbed.add(p);
        c.from = p.from;
        c.name = surfaceOf(p.from, c.to);
      }
      const from = nameRunBefore(words, classes, covered, c.from);
      if (from < c.from && sameLine(words, from, c.from)) {
        for (let m = from; m < c.from; m++) covered[m] = 1;
        c.from = from;
        c.name = surfaceOf(from, c.to);
      }
    }
    c.id = `organization:${slug(c.name)}`;
  }
  dropSpans(found, absorbed);
}

/** Mentions of the sides no table knows, where no other span took their words. */
function unknownSides(text: string, words: Word[], covered: Uint8Array, unknown: [number, number][]): NamedSpan[] {
  const extra: NamedSpan[] = [];
  for (const [from, to] of unknown) {
    if (covered[from]) continue;
    const name = text.slice(words[from].start, words[to - 1].end);
    extra.push({ from, to, kind: 'organization', id: `organization:${slug(name)}`, name });
    for (let m = from; m < to; m++) covered[m] = 1;
  }
  return extra;
}

/** The minute of a goal ("52nd", "73th", as results lines write it). */
const MINUTE = /^\d{1,3}(?:st|nd|rd|th)$/;
/** Words that may follow a goal's minute in a scorers' list ("(44th, penalty)", "(1st and 55th)", "10th minute"). */
const MINUTE_TAILS = new Set(['and', 'penalty', 'pen', 'minute', 'own', 'pen.']);
/** Marks that open a scorer's entry: a bracket, a list's comma, a side's dash or a label's colon. */
const SCORER_OPENERS = new Set(['(', ',', '-', ':', ';']);
/** Longest scorer's name in words ("Mons Ivar Mjelde"). */
const SCORER_WORDS = 3;

/** The goal minute at k is a list entry's: a bracket or comma, another minute or a minute's word after it. */
function minuteAt(words: Word[], k: number): boolean {
  const w = words[k];
  if (!w || !MINUTE.test(w.text)) return false;
  const a = words[k + 1];
  return !a || a.text === ')' || a.text === ',' || MINUTE.test(a.text) || MINUTE_TAILS.has(a.lower);
}

/**
 * Scorers in results lines are people: one to three capitalized words right before a goal's minute ("Bayern 4 (Zickler
 * 26th, Helmer 37th)") or before a bracketed minute ("Scorers: Ilie Lazar (32nd)"), opening an entry of the list.
 * Words no rule took become a person; a place or a guessed body that is the whole name ("(Numan 11th", read as a place)
 * turns into the person.
 */
export function goalScorers(text: string, words: Word[], classes: Int32Array, found: NamedSpan[], covered: Uint8Array): NamedSpan[] {
  const endingAt = new Map<number, NamedSpan>();
  for (const c of found) endingAt.set(c.to, c);
  const extra: NamedSpan[] = [];
  for (let k = 1; k < words.length; k++) {
    const bracketed = words[k].text === '(' && minuteAt(words, k + 1);
    if (!bracketed && !minuteAt(words, k)) continue;
    let from = k;
    while (from > 0 && k - from < SCORER_WORDS && !words[from - 1].punct && words[from - 1].cap && (classes[from - 1] & NAME_WORD)
      && sameLine(words, from - 1, k)) from--;
    if (from === k || (from > 0 && !SCORER_OPENERS.has(words[from - 1].text))) continue;
    const name = text.slice(words[from].start, words[k - 1].end);
    // A place or body the tables read in the name's last words ("Dorin [Pasco] (84th)") is the person's name.
    const span = endingAt.get(k);
    const head = span && span.from >= from && (span.kind === 'place' || span.kind === 'organization') ? span.from : k;
    let free = true;
    for (let m = from; m < head; m++) if (covered[m]) free = false;
    if (!free) continue;
    if (span && head < k) {
      for (let m = from; m < head; m++) covered[m] = 1;
      Object.assign(span, { from, kind: 'person', name, id: `person:${slug(name)}` });
      continue;
    }
    for (let m = from; m < k; m++) covered[m] = 1;
    extra.push({ from, to: k, kind: 'person', id: `person:${slug(name)}`, name });
  }
  return extra;
}

/** Words of a rider's or driver's team after his bracketed country ("(Italy) MG-Technogym", "(U.S.) Postal Service"). */
const TEAM_WORDS = 3;

/** The end of the team's name that starts at k: capitalized words and their glued hyphenated parts on k's line. */
function teamNameEnd(words: Word[], classes: Int32Array, k: number): number {
  let e = k;
  for (let n = 0; n < TEAM_WORDS && e < words.length && (classes[e] & CAP) && (e === k || sameLine(words, e - 1, e)); n++) {
    e++;
    while (words[e]?.text === '-' && words[e].gap === '' && words[e + 1] && words[e + 1].gap === '' && !words[e + 1].punct) e += 2;
  }
  return e;
}

/**
 * In results lines a rider's or driver's team stands between his bracketed country and his time or points ("Jacques
 * Dumont (Canada) Williams 5.602 seconds behind", "Marco Velli (Italy) Saeco 4:43:11"): those words name a team, an
 * organization, whatever the tables read in them alone ("Jordan" is no country there).
 */
export function teamsAfterCountry(text: string, words: Word[], classes: Int32Array, spans: NamedSpan[], covered: Uint8Array): NamedSpan[] {
  const byStart = new Map<number, NamedSpan>();
  const byEnd = new Map<number, NamedSpan>();
  for (const c of spans) { byStart.set(c.from, c); byEnd.set(c.to, c); }
  const extra: NamedSpan[] = [];
  for (const p of spans) {
    if (p.kind !== 'person') continue;
    const from = pastBracket(words, p.to);
    const inBracket = byStart.get(p.to + 1);
    if (from === p.to || !inBracket || inBracket.to !== from - 1 || (inBracket.kind !== 'country' && inBracket.kind !== 'place')) continue;
    if (from >= words.length || !sameLine(words, from - 1, from)) continue;
    const to = teamNameEnd(words, classes, from);
    const next = words[to];
    // The team's words end at the line's end or before a figure on the line.
    if (to === from || (next && sameLine(words, to - 1, to) && !(classes[to] & DIGIT))) continue;
    // One span the tables or another rule gave inside the words ("Kestrel-[Vanto]", "[Jordan]") turns into the team.
    const first = byStart.get(from);
    const last = byEnd.get(to);
    const inside = first && first.to <= to ? first : last && last.from >= from ? last : undefined;
    if (inside && inside.kind === 'organization' && inside.from === from && inside.to === to) continue;
    let free = true;
    for (let m = from; m < to; m++) if (covered[m] && !(inside && m >= inside.from && m < inside.to)) free = false;
    if (!free) continue;
    const name = text.slice(words[from].start, words[to - 1].end);
    const team = { from, to, kind: 'organization' as const, id: `organization:${slug(name)}`, name };
    for (let m = from; m < to; m++) covered[m] = 1;
    if (inside && inside.to <= to) Object.assign(inside, team, { guess: false });
    else extra.push(team);
  }
  return extra;
}
