// Round 36 (holder36): whose a figure is, when it is reported. "Olin, who heads the surgery department at Varna
// University, explained that 412 died": the words before the reporting verb are the voice and what describes it (its
// office, its employer, where it sits), none of them a party of the figure in the clause the verb reports. Read as
// parties they made two voices' figures of one toll rivals of nothing but their own voices' figures.
import type { EntityMention, Token } from '../types';
import { isReportingForm } from '../attributions/cues';
import { firstStartingAt } from '../text/offsets';
import type { ScopeEntry } from './scope';
import type { IndexLookup } from '../text/indexSet';
import { FIRST_PERSON } from '../text/pronouns';

/**
 * Words between a reporting verb and its figure that make the figure the voice's own ("the army said its losses were
 * 12", "we counted 40", "the firm said it employs 900"): a voice is a party when the figure is about its own side.
 */
const OWN_POINTERS: ReadonlySet<string> = new Set([...FIRST_PERSON, 'its', 'their', 'own', 'it', 'they', 'his', 'her']);

/** Kinds of entity that may be a figure's voice or the voice's office; places and peoples keep their reading. */
const VOICE_KINDS = new Set(['person', 'organization']);

/** Tokens that close the clause a reporting verb's subject stands in, walking back. */
const CLAUSE_STOPS = new Set([';', '.', ':']);

/**
 * The token index of the reporting verb whose reported clause holds the figure at qa, looking back no further than the
 * sentence start or the figure before it; -1 when there is none or the figure is the voice's own (OWN_POINTERS).
 */
function reportingVerbBefore(tokens: readonly Token[], qa: number, from: number, figureStarts: IndexLookup): number {
  for (let j = qa - 1; j >= from; j--) {
    const w = tokens[j].lower;
    // "told reporters: 'Over 215 were hurt'": a colon opens what the verb reports, so the walk goes past it.
    if ((CLAUSE_STOPS.has(w) && w !== ':') || figureStarts.has(j)) return -1;
    if (OWN_POINTERS.has(w)) return -1;
    if (isReportingForm(w) && tokens[j].pos !== 'NOUN') return j;
  }
  return -1;
}

/** The start of the reporting verb's subject: back to the sentence start, the figure before, or a clause stop. */
function subjectStart(tokens: readonly Token[], verb: number, from: number, figureStarts: IndexLookup): number {
  let j = verb - 1;
  while (j >= from && !CLAUSE_STOPS.has(tokens[j].lower) && !figureStarts.has(j)) j--;
  return pastFrontedPhrase(tokens, j + 1, verb);
}

/** Parts of speech that open a phrase fronted before the subject: "In Kessa, officials said", "Outlining it, X said". */
const FRONTED_OPENERS = new Set(['ADP', 'VERB', 'ADV', 'SCONJ']);

/**
 * Past a phrase fronted before the subject and closed by a comma ("In Kessa, a town official said"): where it sits or
 * when is no part of the voice, and a place the recognizer reads as a body there keeps its reading.
 */
function pastFrontedPhrase(tokens: readonly Token[], start: number, verb: number): number {
  if (!FRONTED_OPENERS.has(tokens[start].pos)) return start;
  for (let k = start + 1; k < verb; k++) if (tokens[k].lower === ',') return k + 1;
  return start;
}

/**
 * Where the voice starts in its subject phrase [from, verbAt): at the first person named there, when one is. A body
 * named before the person ("the chief of the Northern Brigade, General X, said") heads a title and may be the side the
 * person speaks for; it keeps its reading (round 26). With no person named the whole phrase is the voice ("the health
 * centre in Kessa reported").
 */
function voiceStart(entities: readonly EntityMention[], from: number, verbAt: number): number {
  for (let i = firstStartingAt(entities, from); i < entities.length && entities[i].start < verbAt; i++) {
    if (entities[i].kind === 'person') return entities[i].start;
  }
  return from;
}

/**
 * Drops from the scope the people and bodies named only before the reporting verb that reports the figure ("Olin, who
 * heads the X Department at Y University, explained that 412 died": Olin, the department, the university). A name also
 * named after the verb stays ("X said X's army lost 12"). Places stay: "health officials in Kessa said" places it.
 */
export function dropSpeakingSubject(entities: readonly EntityMention[], tokens: readonly Token[], figureStarts: IndexLookup,
  scope: ScopeEntry[], qa: number, sentenceStart: number, clauseEnd: number): void {
  if (!scope.some(e => e.role === 'who')) return;
  const verb = reportingVerbBefore(tokens, qa, sentenceStart, figureStarts);
  if (verb < 0) return;
  const verbAt = tokens[verb].start;
  const from = voiceStart(entities, tokens[subjectStart(tokens, verb, sentenceStart, figureStarts)].start, verbAt);
  const before = new Set<string>();
  const after = new Set<string>();
  for (let i = firstStartingAt(entities, from); i < entities.length && entities[i].start < clauseEnd; i++) {
    const e = entities[i];
    if (!VOICE_KINDS.has(e.kind)) continue;
    (e.end <= verbAt ? before : after).add(e.id);
  }
  for (let i = scope.length - 1; i >= 0; i--) {
    const e = scope[i];
    if (e.role === 'who' && before.has(e.id) && !after.has(e.id)) scope.splice(i, 1);
  }
}
