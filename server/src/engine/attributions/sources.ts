// Who a source phrase stands for: an entity, an earlier source (pronouns, "the ministry"), or a
// descriptive source of its own ("source:ukrainian-officials").
import type { EntityMention, Token } from '../types';
import { isCap, isWord } from './scan';
import { hedgeEnd } from '../quantities/hedges';
import { isPluralOf } from '../text/inflection';
import { firstItemEndingAfter, firstStartingAt } from '../text/offsets';
import { isPossessiveEnding } from '../text/possessive';
import { memoOfLastReport } from '../text/reportMemo';
import { BoundedMemo } from '../text/boundedMemo';

export type SourceKind = 'person' | 'org' | 'group' | 'doc';

export interface ResolvedSource {
  start: number;
  end: number;
  text: string;
  id: string;
  name: string;
  kind: SourceKind;
}

// Head nouns of descriptive sources, by what they describe.
const PERSON_NOUNS = words(`soldier officer analyst spokesman spokeswoman spokesperson official commander minister
  president head chief general colonel major captain lieutenant sergeant expert journalist columnist reporter
  correspondent witness resident doctor director secretary envoy ambassador diplomat governor mayor senator
  lawmaker deputy adviser advisor aide chairman chairwoman chair ceo founder researcher scientist professor
  economist source blogger podcaster leader representative prosecutor judge lawyer attorney pilot fighter
  serviceman man woman veteran volunteer medic nurse farmer owner manager executive strategist historian author
  writer editor observer activist worker employee eyewitness survivor victim mother father officer marine
  investigator inspector auditor epidemiologist meteorologist forecaster candidate politician member coordinator
  organizer organiser campaigner negotiator specialist consultant engineer physician surgeon teacher student
  commissioner administrator superintendent supervisor planner trader banker investor statistician pollster
  geologist seismologist hydrologist climatologist virologist registrar ombudsman clerk rapporteur delegate
  mediator monitor agent detective firefighter paramedic rescuer warden ranger fisherman villager refugee premier
  chancellor king queen prince emir cleric imam bishop priest pastor rabbi head-of-state officeholder`);
const GROUP_NOUNS = words(`officials soldiers experts analysts bloggers residents witnesses sources observers
  authorities officers commanders accounts channels people locals activists researchers scientists doctors
  investigators economists journalists reporters lawmakers leaders representatives media outlets users
  agencies partners monitors rebels militants insurgents fighters ngos humanitarians voters democrats republicans
  independents conservatives liberals moderates evangelicals americans citizens respondents participants supporters
  opponents critics donors members delegates women men adults parents students workers protesters demonstrators
  fans viewers readers consumers customers backers allies aides staffers`);
const ORG_NOUNS = words(`ministry office staff service agency department intelligence council army command centre
  center committee government police bureau institute university bank company party commission court parliament
  assembly fund organization organisation union group forces military broadcaster outlet newspaper channel blog
  television
  website site administration cabinet embassy headquarters network station portal magazine paper firm
  corporation authority regulator board watchdog team navy guard directorate inspectorate association federation
  coalition campaign operator utility hospital school airline club league charity ngo`);
const DOC_NOUNS = words(`statement report reports article data figures message post video interview broadcast
  footage release document letter tweet bulletin briefing update summary estimate estimates assessment analysis
  survey poll study publication communique communiqué memo filing note notice press tally tallies count
  statistics numbers findings projections projection forecast forecasts census review audit inquiry research
  records calculations screenings screening model modelling modeling bulletin dashboard polling email emails results
  transcript transcripts documents`);
/** Titles a named person is given before the name ("SNC spokeswoman Basma Kodmani"); also read by claims/scope.ts. */
export const TITLES = words(`colonel president minister commander chief head general mr mrs ms dr prof lieutenant major
  captain sergeant admiral marshal prime secretary governor mayor senator spokesman spokeswoman director
  president-elect commander-in-chief sir lord deputy ambassador chairman chairwoman ceo judge`);
const ORG_WORDS = words(`ministry office staff service agency department intelligence council army command centre
  center committee government police bureau institute university bank company party commission court parliament
  assembly fund organization organisation union group forces news post times press media channel network
  agency administration kremlin pentagon nato un inc ltd llc corp gmbh telegraph guardian journal herald tribune
  daily radio television tv broadcasting`);

function words(s: string): Set<string> {
  return new Set(s.split(/\s+/).filter(Boolean));
}

/** Polls and surveys: documents that speak without an owner ("polls show"). */
const POLL_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys']);

export function nounKind(lower: string): SourceKind | null {
  if (PERSON_NOUNS.has(lower)) return 'person';
  if (GROUP_NOUNS.has(lower)) return 'group';
  // Plurals of person nouns ("diplomats", "surgeons") describe groups.
  if (lower.length > 3 && isPluralOf(PERSON_NOUNS, lower)) return 'group';
  if (ORG_NOUNS.has(lower)) return 'org';
  if (DOC_NOUNS.has(lower)) return 'doc';
  // Plurals of documents ("polls show", "surveys found") speak as documents too.
  if (lower.length > 3 && isPluralOf(DOC_NOUNS, lower)) return 'doc';
  return null;
}

/**
 * Slugs made in the report being analyzed, by source text. Dropped when the analysis returns (a key may be a slice
 * that holds the whole report's text) and when full.
 */
const SLUG_CACHE_LIMIT = 20000;
const SLUGS = new BoundedMemo<string, string>(SLUG_CACHE_LIMIT, computeSlug);
memoOfLastReport(() => SLUGS.clear());

/**
 * A simple fold slug: no accents, lower case, words joined by hyphens. A report names the same few sources again and
 * again ("officials", "the ministry"), and a slug is a normalization and five replacements: in a report of short
 * attributed sentences making it afresh at every attribution was a few per cent of the analysis (profiled). The
 * bounded cache answers a repeated source from a table; a new source is slugged as before.
 */
export function slug(s: string): string {
  return SLUGS.get(s);
}

function computeSlug(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[’']s\b/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our']);
/** Possessive determiners of an organization's document: "its report", "their data". */
const POSSESSIVE_DETERMINERS = new Set(['its', 'their']);
/** Token a opens its sentence after "According to": "According to its report, ...". */
function opensSentence(toks: Token[], a: number): boolean {
  const cue = toks[a - 2];
  return toks[a - 1]?.lower === 'to' && cue?.text === 'According' && (a < 3 || /^[.!?"”]$/.test(toks[a - 3].text));
}
const NAME_GLUE = new Set(['of', 'the', 'for', 'and', '&', "'s", '’s', '-', '/', '.']);
const NATIONALITY_ENDINGS = ['ian', 'ean', 'ese', 'ish', 'ch', 'an', 'i'];
const AGENT_PREPS = new Set(['by', 'from', 'of', 'in']);

function nationalityLike(t: Token): boolean {
  const l = t.lower;
  return isCap(t) && l.length > 3 && NATIONALITY_ENDINGS.some(e => l.endsWith(e)) && t.text !== t.text.toUpperCase();
}

interface HistoryEntry {
  id: string;
  name: string;
  kind: SourceKind;
  text: string;
  at: number;
}

/** Resolves source phrases in reading order; remembers them for pronouns and descriptions. */
export class SourceResolver {
  private history: HistoryEntry[] = [];
  private readonly entities: EntityMention[];

  /** Acronyms introduced in brackets ("Ministry of Health (MoH)"), lower-cased, to the name they stand for. */
  private readonly acronyms = new Map<string, ResolvedSource>();

  constructor(private readonly toks: Token[], private readonly text: string, entities: EntityMention[]) {
    this.entities = [...entities].sort((x, y) => x.start - y.start);
    this.learnAcronyms();
  }

  /** One pass over the text: "Name (ACRONYM)" teaches that ACRONYM is Name. */
  private learnAcronyms(): void {
    const toks = this.toks;
    for (let i = 1; i + 2 < toks.length; i++) {
      if (toks[i].text !== '(' || toks[i + 2].text !== ')' || !isCap(toks[i + 1])) continue;
      const key = toks[i + 1].lower;
      if (this.acronyms.has(key)) continue;
      const runs = nameRuns(toks, Math.max(0, i - 10), i);
      const run = runs[runs.length - 1];
      if (!run || run[1] !== i || run[1] - run[0] < 2) continue;
      // A short name in brackets counts when it is acronym-shaped or shares the name's initial ("Grenlec").
      let first = run[0];
      while (first < i && DETERMINERS.has(toks[first].lower)) first++;
      if (!acronymShaped(toks[i + 1].text) && toks[i + 1].text.charAt(0) !== toks[first].text.charAt(0)) continue;
      const ent = this.entityIn(toks[run[0]].start, toks[run[1] - 1].end);
      if (ent && ent.kind === 'person') continue;
      this.acronyms.set(key, this.named(run, 'org'));
    }
  }

  /** Remember a source that was used, so later pronouns and descriptions can point back to it. */
  remember(r: ResolvedSource): void {
    this.history.push({ id: r.id, name: r.name, kind: r.kind, text: r.text.toLowerCase(), at: r.start });
    if (this.history.length > 200) this.history.splice(0, 100);
  }

  /** The most recent remembered source, if any. */
  last(): HistoryEntry | undefined {
    return this.history[this.history.length - 1];
  }

  /** Resolve the phrase [s, e). Returns null when it cannot stand for a source. */
  resolve(a: number, e: number): ResolvedSource | null {
    const toks = this.toks;
    const share = this.resolveShare(a, e);
    if (share !== undefined) return share;
    const coreEnd = coreEndOf(toks, a, e);
    const head = headOf(toks, a, coreEnd);
    const headKind = head >= 0 ? nounKind(toks[head].lower) : null;
    if (headKind === 'doc') {
      const speaker = this.documentSpeaker(a, e, head);
      if (speaker) return speaker;
    }
    const runs = nameRuns(toks, a, coreEnd);
    // "Polls show", "Recent polls show", "a new survey found": a poll with no named owner speaks for itself.
    if (headKind === 'doc' && POLL_NOUNS.has(toks[head].lower) && runs.every(r => r[0] === a && r[1] === a + 1)) {
      const words = this.text.slice(toks[a].start, toks[head].end);
      return this.resolved(a, e, `source:${slug(words.replace(/^(?:the|a|an)\s+/i, ''))}`, words, 'doc');
    }
    let run = pickRun(toks, runs, head, headKind, coreEnd);
    const body = run && headKind === 'org' ? this.bodyOfPlace(a, e, head, run) : null;
    if (body) return body;
    // "Six of the districts", "Dozens" are no source.
    if (run && run[1] - run[0] === 1 && NUMBER_WORDS.has(toks[run[0]].lower)) run = null;

    if (run) {
      const kind: SourceKind = headKind === 'person' ? 'person' : headKind === 'org' || headKind === 'doc' ? 'org' : shapeKind(toks, run);
      return this.named(run, kind);
    }
    // A bare "the statement" / "a statement on Telegram" continues the latest source; "media reports" is its own.
    if (headKind === 'doc' && (head === a || (head === a + 1 && DETERMINERS.has(toks[a].lower)))) return this.continuedDocument(a, e, head);
    if (head < 0) return null;
    return this.described(a, e, head, headKind ?? 'group', coreEnd);
  }

  /**
   * Step of resolve: a pronoun, or a phrase that counts people (quantifiers, partitives, shares of those asked).
   * undefined when the phrase is none of these; null when it is one that stands for no source.
   */
  private resolveShare(a: number, e: number): ResolvedSource | null | undefined {
    const toks = this.toks;
    if (e - a === 1 && isWord(toks[a])) {
      const pro = this.pronoun(toks[a]);
      if (pro !== undefined) return pro;
    }
    // "Some say", "Many believe", "Others argue": a quantifier standing alone for people is a group of its own.
    // ("some on the council" is the descriptive phrase's job.)
    if (e - a === 1 && QUANTIFIER_SOURCES.has(toks[a].lower) && !(e < toks.length && toks[e].pos === 'ADP')) return this.share(a, e);
    // A partitive ("Thirteen of 20 economists", "half of GOP voters", "most of them") is a share of the group it names;
    // a hedge may open it ("Nearly eight of 10 voters").
    if (e - a > 3 && shareStart(toks, a, a + 1) === a + 1 && toks[a + 2].lower === 'of' && isShareWord(toks[a + 1])) {
      const inner = this.resolve(a + 1, e);
      return inner ? { ...inner, ...this.span(a, e) } : null;
    }
    if (e - a > 2 && toks[a + 1].lower === 'of' && isShareWord(toks[a])) {
      const headKind = nounKind(toks[e - 1].lower);
      const pronoun = e - a === 3 && (toks[a + 2].lower === 'them' || toks[a + 2].lower === 'us');
      if (!pronoun && headKind !== 'group' && headKind !== 'person') return null;
      const inner = pronoun ? null : this.resolve(a + 2, e);
      if (inner) return { ...inner, ...this.span(a, e) };
      return this.share(a, e);
    }
    // A share of those asked ("26 percent said", "About 4 in 10 say", "a third said"): the group polled.
    if (shareShape(toks, a, e)) return this.share(a, e);
    return undefined;
  }

  /** Step of resolve: who speaks through the document headed at `head`, if the phrase names them. */
  private documentSpeaker(a: number, e: number, head: number): ResolvedSource | null {
    const toks = this.toks;
    // Documents ("a statement released by the ministry", "an article in The Washington Post"): the agent speaks.
    for (let k = head + 1; k < e; k++) {
      // "reports from Kiev" names a place, not who reports.
      if (toks[k].lower === 'from' && toks[head].lower === 'reports') break;
      if (AGENT_PREPS.has(toks[k].lower) && k + 1 < e) {
        const agent = this.resolve(k + 1, e);
        if (agent && agent.kind !== 'doc') return agent;
        break;
      }
    }
    // "The auditor's report found": the owner of the document speaks.
    if (head - 2 >= a && isPossessiveEnding(toks[head - 1].text)) {
      const owner = this.resolve(a, head - 1);
      if (owner && owner.kind !== 'doc') return owner;
    }
    return null;
  }

  /**
   * Step of resolve: "Ukraine's southern defense forces said": a body of the country or place named before the
   * organization's head noun, not the country itself. null when the name before is no country or place.
   */
  private bodyOfPlace(a: number, e: number, head: number, run: Run): ResolvedSource | null {
    const toks = this.toks;
    if (head <= run[1] + 1 || !isPossessive(toks[run[1]])) return null;
    const owner = this.entityIn(toks[run[0]].start, toks[run[1] - 1].end);
    if (!owner || (owner.kind !== 'country' && owner.kind !== 'place')) return null;
    const body = this.text.slice(toks[run[1] + 1].start, toks[head].end);
    const name = `${body} (${owner.name})`;
    return this.resolved(a, e, `source:${slug(name)}`, name, 'org');
  }

  /** Step of resolve: a bare document ("the statement", "its report") continues a source named before. */
  private continuedDocument(a: number, e: number, head: number): ResolvedSource | null {
    const toks = this.toks;
    const prev = this.last();
    // "ENAG, an independent group, also presented its figures. According to its report, ...": a possessive's document,
    // opening its sentence, is the organization named since the latest source spoke, as "he" is the person named
    // latest. Inside a sentence ("the exit poll gave 79.7%, while hers, according to its data, ...") it may stand for
    // a noun of that sentence, which names no entity: the latest source is kept.
    if (head === a + 1 && POSSESSIVE_DETERMINERS.has(toks[a].lower) && opensSentence(toks, a)) {
      const owner = this.entityBack(toks[a].start, m => isOrgKind(m.kind));
      if (owner && (!prev || owner.start > prev.at)) return this.resolved(a, e, owner.id, owner.name, 'org');
    }
    if (prev) return this.resolved(a, e, prev.id, prev.name, prev.kind);
    return null;
  }

  /** Step of resolve: a phrase without a name, by its head noun ("analysts at X", "the officer", "Ukrainian officials"). */
  private described(a: number, e: number, head: number, kind: SourceKind, coreEnd: number): ResolvedSource | null {
    const toks = this.toks;
    // "Analysts at Goldman Sachs", "officials from the agency": the named body is who speaks.
    if (kind === 'group' && coreEnd < e && (toks[coreEnd].lower === 'at' || toks[coreEnd].lower === 'from' || toks[coreEnd].lower === 'with')) {
      const orgRun = nameRuns(toks, coreEnd + 1, e)[0];
      if (orgRun) {
        const org = this.named(orgRun, 'org');
        return this.resolved(a, e, org.id, org.name, 'org');
      }
    }
    const definite = toks[a].lower === 'the' || toks[a].lower === 'this' || toks[a].lower === 'that';
    if (definite && (kind === 'person' || kind === 'org')) {
      const back = this.pointedBack(a, e, head, kind);
      if (back) return back;
    }
    // A description that contains a known person or organization ("Mayor Anna Keller") is that entity.
    const inside = this.entityIn(toks[a].start, toks[e - 1].end);
    if (inside && (inside.kind === 'person' || isOrgKind(inside.kind))) {
      return { start: inside.start, end: inside.end, text: inside.text, id: inside.id, name: inside.name, kind: inside.kind === 'person' ? 'person' : 'org' };
    }
    let ds = a;
    while (ds < e && (DETERMINERS.has(toks[ds].lower) || toks[ds].type === 'number')) ds++;
    if (ds >= e) return null;
    const name = this.text.slice(toks[ds].start, toks[e - 1].end);
    return this.resolved(a, e, 'source:' + slug(name), name, kind);
  }

  /** Step of described: a definite person or organization ("the minister", "the company") named earlier. */
  private pointedBack(a: number, e: number, head: number, kind: SourceKind): ResolvedSource | null {
    const toks = this.toks;
    const headWord = toks[head].lower;
    const back = this.findBack(h => h.kind === kind && (h.text.includes(headWord) || h.name.toLowerCase().includes(headWord)));
    // A bare "the officer" may point back to the latest person, unless that person was described otherwise.
    const hit = back ?? (kind === 'person' && GENERIC_PERSON.has(headWord) ? this.findBack(h => h.kind === 'person' && !otherPersonNoun(h.text, headWord)) : undefined);
    if (hit) return this.resolved(a, e, hit.id, hit.name, hit.kind);
    const ent = this.entityBack(toks[a].start, m => (kind === 'org' ? isOrgKind(m.kind) : m.kind === 'person') && m.name.toLowerCase().includes(headWord));
    if (ent) return this.resolved(a, e, ent.id, ent.name, kind);
    // "the company said", "the carmaker said": the company the report is about, the organization named most so far.
    const company = kind === 'org' && GENERIC_COMPANY.has(headWord) ? this.mostNamedOrg(toks[a].start) : undefined;
    if (company) return this.resolved(a, e, company.id, company.name, kind);
    return null;
  }

  /**
   * A phrase that names a source only by what it is ("some on Twitter", "recent polling", "one of his aides"):
   * a descriptive source of its own, for frames that always name one ("according to X").
   */
  describe(a: number, e: number): ResolvedSource | null {
    const toks = this.toks;
    let ds = a;
    while (ds < e && DETERMINERS.has(toks[ds].lower)) ds++;
    if (ds >= e) return null;
    const name = this.text.slice(toks[ds].start, toks[e - 1].end);
    const id = 'source:' + slug(name);
    return id === 'source:' ? null : this.resolved(a, e, id, name, 'group');
  }

  private share(a: number, e: number): ResolvedSource {
    const sp = this.span(a, e);
    return { start: sp.start, end: sp.end, text: sp.text, id: 'source:' + slug(sp.text), name: sp.text, kind: 'group' };
  }

  /**
   * The source spanning tokens a to e. Written out field by field, in the order of `span`'s fields then the rest: a
   * spread of the span into a new literal was copied field by field at run time, a few per cent of the analysis of a
   * report of short attributed sentences (profiled).
   */
  private resolved(a: number, e: number, id: string, name: string, kind: SourceKind): ResolvedSource {
    const start = this.toks[a].start;
    const end = this.toks[e - 1].end;
    return { start, end, text: this.text.slice(start, end), id, name, kind };
  }

  private span(a: number, e: number): { start: number; end: number; text: string } {
    const start = this.toks[a].start;
    const end = this.toks[e - 1].end;
    return { start, end, text: this.text.slice(start, end) };
  }

  private pronoun(t: Token): ResolvedSource | null | undefined {
    const l = t.lower;
    let want: (h: HistoryEntry) => boolean;
    let entWant: (m: EntityMention) => boolean;
    if (l === 'he' || l === 'she' || l === 'him' || l === 'her') {
      want = h => h.kind === 'person';
      entWant = m => m.kind === 'person';
    } else if (l === 'it') {
      want = h => h.kind === 'org' || h.kind === 'doc';
      entWant = m => isOrgKind(m.kind);
    } else if (l === 'they' || l === 'them') {
      want = h => h.kind === 'group' || h.kind === 'org';
      entWant = m => isOrgKind(m.kind);
    } else if (l === 'i' || l === 'we') {
      // First person: the writer of a column, or the speaker of the quotation it stands in (settled by the caller).
      const group = l === 'we';
      return { start: t.start, end: t.end, text: t.text, id: group ? FIRST_PERSON_GROUP : FIRST_PERSON, name: group ? 'the writers' : 'the writer', kind: group ? 'group' : 'person' };
    } else if (l === 'you' || l === 'me' || l === 'us') {
      return null;
    } else {
      return undefined;
    }
    const base = { start: t.start, end: t.end, text: t.text };
    const hit = this.findBack(want);
    const ent = this.entityBack(t.start, entWant);
    // "he"/"she" points to the latest person named, whether or not that person spoke before.
    if (hit && ent && (l === 'he' || l === 'she') && ent.start > hit.at && ent.id !== hit.id) {
      return { ...base, id: ent.id, name: ent.name, kind: 'person' };
    }
    if (hit) return { ...base, id: hit.id, name: hit.name, kind: hit.kind };
    if (ent) return { ...base, id: ent.id, name: ent.name, kind: ent.kind === 'person' ? 'person' : 'org' };
    return null;
  }

  private findBack(pred: (h: HistoryEntry) => boolean): HistoryEntry | undefined {
    for (let i = this.history.length - 1, n = 0; i >= 0 && n < 40; i--, n++) if (pred(this.history[i])) return this.history[i];
    return undefined;
  }

  /** The organization mentioned most often before offset `limit` (on a tie, the one that got there first). */
  private mostNamedOrg(limit: number): EntityMention | undefined {
    const counts = new Map<string, number>();
    let best: EntityMention | undefined;
    let bestCount = 0;
    for (const m of this.entities) {
      if (m.start >= limit) break;
      if (m.kind !== 'organization') continue;
      const n = (counts.get(m.id) ?? 0) + 1;
      counts.set(m.id, n);
      if (n > bestCount) { best = m; bestCount = n; }
    }
    return best;
  }

  /** The most recent entity mention starting before character offset `limit` that fits. */
  private entityBack(limit: number, pred: (m: EntityMention) => boolean): EntityMention | undefined {
    const lo = firstStartingAt(this.entities, limit);
    for (let i = lo - 1, n = 0; i >= 0 && n < 60; i--, n++) if (pred(this.entities[i])) return this.entities[i];
    return undefined;
  }

  /** A proper-name run: an entity overlapping it, else a fallback id by shape. */
  private named(run: [number, number], kind: SourceKind): ResolvedSource {
    const toks = this.toks;
    let [s, e] = run;
    const ent = this.entityIn(toks[s].start, toks[e - 1].end);
    if (e - s === 1 && (!ent || !isOrgKind(ent.kind))) {
      const acr = this.acronyms.get(toks[s].lower);
      if (acr) return { start: toks[s].start, end: toks[s].end, text: toks[s].text, id: acr.id, name: acr.name, kind: acr.kind };
    }
    if (ent) {
      const k: SourceKind = ent.kind === 'person' ? 'person' : 'org';
      return { start: ent.start, end: ent.end, text: ent.text, id: ent.id, name: ent.name, kind: k };
    }
    if (kind === 'person') {
      // Titles and nationalities before a person's name are not part of it ("Ukrainian President ...").
      for (let k = e - 2; k >= s; k--) {
        if (TITLES.has(toks[k].lower)) { s = k + 1; break; }
      }
      while (e - s > 2 && nationalityLike(toks[s])) s++;
      while (s < e && !isCap(toks[s])) s++;
    }
    while (s < e && (toks[s].lower === 'the' || toks[s].lower === 'a')) s++;
    const start = toks[s].start;
    const end = toks[e - 1].end;
    const name = this.text.slice(start, end);
    let id = (kind === 'person' ? 'person:' : 'organization:') + slug(name);
    let shown = name;
    if (kind === 'person') {
      // "Kiviselg" after "Ants Kiviselg": the same person.
      const lastWord = slug(toks[e - 1].text);
      const prior = this.findBack(h => h.kind === 'person' && h.id.startsWith('person:') && (h.id === id || h.id.endsWith('-' + lastWord)));
      if (prior) { id = prior.id; shown = prior.name; }
    }
    return { start, end, text: name, id, name: shown, kind };
  }

  private entityIn(start: number, end: number): EntityMention | undefined {
    let best: EntityMention | undefined;
    let bestScore = -Infinity;
    const lo = firstItemEndingAfter(this.entities, start);
    // Entities are sorted by start; look at a bounded window around the span.
    for (let i = Math.max(0, lo - 8); i < this.entities.length && i < lo + 24; i++) {
      const m = this.entities[i];
      if (m.start >= end) break;
      const overlap = Math.min(end, m.end) - Math.max(start, m.start);
      // A nationality never names the source by itself ("Afghan officials" is no voice called Afghan).
      if (overlap <= 0 || m.kind === 'nationality') continue;
      // A place loses to another entity of nearly its length. A place that is the whole name is the source however short
      // it is: "Baku has admitted", "Kyiv said" (round 46; the penalty left places of five letters or fewer unresolved,
      // so the capital became a person named "Baku" and no state's voice). A short place inside a longer name ("Hayat
      // Khan") still names nothing.
      const score = overlap - (m.kind === 'place' ? PLACE_PENALTY : 0);
      const whole = m.start <= start && m.end >= end;
      if (score > bestScore && (score > 0 || whole)) { best = m; bestScore = score; }
    }
    return best;
  }
}

/** How many characters of overlap a place gives up against another entity over the same source span. */
const PLACE_PENALTY = 5;

/** Ids of a first-person source outside quotations: the writer ("I think"), the writers or their paper ("we believe"). */
export const FIRST_PERSON = 'source:writer';
export const FIRST_PERSON_GROUP = 'source:writers';

/**
 * Id of a source the text does not name: an agentless cue ("is expected to", "was asked whether", "Asked about the
 * plan, ..."). Such an attribution marks what is reported without a holder; the claim layer and the check never see
 * it (they compare named holders and voices only).
 */
export const UNNAMED_SOURCE = 'source:unnamed';

/** An unnamed source, as an empty span at `offset` (where its cue starts). */
export function unnamedSource(offset: number): ResolvedSource {
  return { start: offset, end: offset, text: '', id: UNNAMED_SOURCE, name: 'an unnamed source', kind: 'group' };
}

/** Does the attribution name its source (anything but `UNNAMED_SOURCE`)? */
export function namesSource(a: { source: { id: string } }): boolean {
  return a.source.id !== UNNAMED_SOURCE;
}

/** Descriptions vague enough to point back to any earlier person ("the officer"); "the premier" names a role. */
function isPossessive(t: Token | undefined): boolean {
  return isPossessiveEnding(t?.text);
}

/** Nouns for a company that "the ..." uses for the company a report is about. */
export const GENERIC_COMPANY = words(`company firm carmaker automaker group lender insurer retailer miner airline manufacturer maker
  producer operator conglomerate chipmaker carrier bank`);
const GENERIC_PERSON = words(`officer official source spokesman spokeswoman spokesperson soldier serviceman man woman
  expert analyst representative aide adviser advisor`);

const NUMBER_WORDS = words(`one two three four five six seven eight nine ten eleven twelve twenty thirty dozens
  hundreds thousands several many some most few both all half none`);

/** Fractions that name a share of a group ("a third", "three-quarters", "the majority"). */
const FRACTION_WORDS = words(`half third thirds quarter quarters two-thirds three-quarters majority minority plurality`);

/** Words before a share ("about 4 in 10", "nearly half", "a third"). */
/** Quantifiers that stand for people when they are the whole subject of a cue ("Some say", "Many believe"). */
export const QUANTIFIER_SOURCES = words(`some many most others few several another`);
/** Articles before a share ("a third", "the majority"); hedges before it come from the hedge table (hedgeEnd). */
const SHARE_ARTICLES = words(`a an the`);
/** Where a share starts after its hedges and article, within three words of `a` ("about a third", "nearly half"). */
function shareStart(toks: Token[], a: number, e: number): number {
  const k = hedgeEnd(toks, a, Math.min(e, a + 3), true);
  return k < e && k < a + 3 && SHARE_ARTICLES.has(toks[k].lower) ? k + 1 : k;
}

export function isShareWord(t: Token): boolean {
  return t.type === 'number' || NUMBER_WORDS.has(t.lower) || FRACTION_WORDS.has(t.lower);
}

/** "26 percent", "4 in 10", "a third", "three-quarters": a share with nothing after it. */
function shareShape(toks: Token[], a: number, e: number): boolean {
  const k = shareStart(toks, a, e);
  if (k >= e) return false;
  const t = toks[k];
  if (FRACTION_WORDS.has(t.lower)) return k + 1 === e;
  if (t.type !== 'number' && !NUMBER_WORDS.has(t.lower)) return false;
  if (k + 2 === e && (toks[k + 1].lower === 'percent' || toks[k + 1].text === '%')) return true;
  // "4 in 10", "one in four voters (in a Times poll)".
  if (k + 3 > e || toks[k + 1].lower !== 'in' || !(toks[k + 2].type === 'number' || NUMBER_WORDS.has(toks[k + 2].lower))) return false;
  return k + 3 === e || nounKind(toks[k + 3].lower) === 'group';
}

/** "MoH", "WFP", "NaDMA", "FAMa": two or more capitals, no spaces, letters only (digits allowed after). */
function acronymShaped(s: string): boolean {
  if (s.length < 2 || s.length > 10) return false;
  let caps = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (ch >= 65 && ch <= 90) caps++;
    else if (!((ch >= 97 && ch <= 122) || (ch >= 48 && ch <= 57 && i > 0) || ch === 45)) return false;
  }
  return caps >= 2 && s.charCodeAt(0) >= 65 && s.charCodeAt(0) <= 90;
}

/** Does a remembered source's text name a role other than `head` ("the governor" vs "the police chief")? */
function otherPersonNoun(text: string, head: string): boolean {
  let n = 0;
  for (const w of text.split(/[^a-z-]+/)) {
    if (++n > 12) break;
    if (w && w !== head && PERSON_NOUNS.has(w)) return true;
  }
  return false;
}

function isOrgKind(k: string): boolean {
  return k === 'organization' || k === 'outlet' || k === 'military_unit' || k === 'country';
}

/** Runs of capitalized words, glued by "of"/"the"/hyphens ("Office of the President of Ukraine"). */
function nameRuns(toks: Token[], a: number, e: number): [number, number][] {
  const out: [number, number][] = [];
  let s = -1;
  let last = -1;
  for (let k = a; k < e; k++) {
    const t = toks[k];
    const glued = k > a && k + 1 < e && toks[k - 1].end === t.start && t.end === toks[k + 1].start;
    // A capitalized common noun opening a sentence ("Media reports") is not a name.
    const initialNoun = k === a && t.pos !== 'PROPN' && k + 1 < e && isWord(toks[k + 1]) && !isCap(toks[k + 1]);
    if (isWord(t) && isCap(t) && !(k === a && DETERMINERS.has(t.lower)) && !initialNoun) {
      if (s < 0) s = k;
      last = k;
      continue;
    }
    if (s >= 0 && (NAME_GLUE.has(t.lower) || glued) && k + 1 < e) continue;
    if (s >= 0) out.push([s, last + 1]);
    s = -1;
  }
  if (s >= 0) out.push([s, last + 1]);
  return out;
}

function shapeKind(toks: Token[], run: [number, number]): SourceKind {
  for (let k = run[0]; k < run[1]; k++) if (ORG_WORDS.has(toks[k].lower)) return 'org';
  const t = toks[run[0]];
  // Acronyms and camel-case brands ("ERR", "DeepStateMAP", "Censor.NET") are organizations.
  if (run[1] - run[0] === 1 && (t.text === t.text.toUpperCase() || t.text.includes('.') || /[A-Z]/.test(t.text.slice(1)))) return 'org';
  for (let k = run[0]; k < run[1]; k++) if (toks[k].text === '.' || toks[k].text === '/') return 'org';
  return 'person';
}

/** A run of name tokens [start, end). */
type Run = [number, number];

/** Step of resolve: the core of a source phrase ends at its first preposition; modifiers after it describe. */
function coreEndOf(toks: Token[], a: number, e: number): number {
  for (let k = a; k < e; k++) {
    const l = toks[k].lower;
    if ((l === 'of' || l === 'in' || l === 'from' || l === 'at' || l === 'for' || l === 'by' || l === 'on') && !isCap(toks[k])) {
      // "Office of the President" keeps "of" when names surround it.
      if (l === 'of' && k > a && isCap(toks[k - 1]) && k + 1 < e && (isCap(toks[k + 1]) || (toks[k + 1].lower === 'the' && k + 2 < e && isCap(toks[k + 2])))) continue;
      return k;
    }
  }
  return e;
}

/** Step of resolve: the head noun, the last lower-case word of the core that names a kind of source; -1 if none. */
function headOf(toks: Token[], a: number, coreEnd: number): number {
  for (let k = coreEnd - 1; k >= a; k--) {
    const t = toks[k];
    // A sentence-initial capital is still a common noun ("Data from the ministry", "Officials said").
    const common = !isCap(t) || (k === a && t.text !== t.text.toUpperCase() && !/[A-Z]/.test(t.text.slice(1)));
    if (isWord(t) && common && nounKind(t.lower)) return k;
    if (isWord(t) && !isCap(t) && t.pos === 'NOUN' && k === coreEnd - 1) return k;
  }
  return -1;
}

/** Step of resolve: the name run that the source phrase stands for, chosen by where it stands from the head noun. */
function pickRun(toks: Token[], runs: Run[], head: number, headKind: SourceKind | null, coreEnd: number): Run | null {
  if (head >= 0) {
    const after = runs.find(r => r[0] > head);
    const before = runs.filter(r => r[1] <= head).pop();
    if (after) return after; // "military analyst Michael Kofman", "the blog Militarnyi"
    // "Ukraine's southern defense forces" (a body of the place, see bodyOfPlace).
    if (before && headKind === 'org' && head > before[1] + 1 && isPossessive(toks[before[1]])) return before;
    if (before && (headKind === 'org' || headKind === 'doc') &&
      !(before[1] - before[0] === 1 && nationalityLike(toks[before[0]]))) return before; // "the MIG Rossyy channel"
    return null;
  }
  if (!runs.length) return null;
  // "MSF's field coordinator Tomás Ribeiro": a name after an unknown lower-case noun is the person.
  const lastRun = runs[runs.length - 1];
  if (runs.length > 1 && lastRun[1] === coreEnd && isWord(toks[lastRun[0] - 1]) && !isCap(toks[lastRun[0] - 1]) &&
    toks[lastRun[0] - 1].pos === 'NOUN') return lastRun;
  return runs[0];
}
