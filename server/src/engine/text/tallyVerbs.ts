import { verbForms } from './inflection';

/**
 * Verbs of a change in a figure, each lemma written once: which way the value went when the verb states a revision
 * whose new value follows "to" (null: it states no way, "took the tally to"), whether it also moves a tally named as
 * its object ("raised the death toll ... to <figure>", "brought their tally to <figure>", "bringing to <figure> the
 * number of people missing"), and the irregular or lone forms written beside the lemmas. The quantity reader, the
 * claim reader (a tally named after the figure) and the revision reader all derive their words from this one table,
 * so a verb added here counts in each reader its row names.
 */
export type ChangeWay = 'any' | 'up' | 'down';
interface ChangeRow { way: ChangeWay | null; tally: boolean; lemmas: string; irregular: string }
const CHANGE_VERBS: readonly ChangeRow[] = [
  { way: 'any', tally: true, lemmas: 'revise update', irregular: '' },
  { way: 'any', tally: false, lemmas: 'correct adjust', irregular: '' },
  { way: 'up', tally: true, lemmas: 'raise increase push bring', irregular: 'brought' },
  { way: 'up', tally: false, lemmas: 'rise climb jump grow', irregular: 'rose risen grew grown' },
  { way: 'down', tally: true, lemmas: 'lower reduce', irregular: '' },
  { way: 'down', tally: false, lemmas: 'fall drop decrease', irregular: 'fell fallen' },
  { way: null, tally: true, lemmas: 'take lift', irregular: 'took' },
  // Only the past of these moves a tally ("upgraded the toll to"); neither states a revision.
  { way: null, tally: true, lemmas: '', irregular: 'upgraded downgraded' },
];
/** Regular forms a lemma's "-ed" would misspell for the irregular verbs ("rised", "growed", "falled"). */
const NOT_FORMS = new Set(['rised', 'growed', 'falled', 'bringed', 'taked']);

/** A row's words: every form of its lemmas (the bare lemma only `withLemma`), and its irregular forms. */
function rowWords(row: ChangeRow, withLemma: boolean): string[] {
  const words: string[] = [];
  for (const lemma of row.lemmas.split(' ').filter(Boolean)) {
    // verbForms lists the lemma first.
    const forms = verbForms(lemma).split(' ');
    words.push(...(withLemma ? forms : forms.slice(1)).filter(w => !NOT_FORMS.has(w)));
  }
  if (row.irregular) words.push(...row.irregular.split(' '));
  return words;
}

/** Verbs that set or move a tally to a figure, in every form. */
export const TALLY_MOVING_VERBS: ReadonlySet<string> = new Set(CHANGE_VERBS.filter(r => r.tally).flatMap(r => rowWords(r, true)));

/**
 * Verbs of a stated change with the way the value went. The bare lemma of a way up or down is left out: after a modal
 * or "to" it tells what may come ("could rise to 300", "expected to climb to 300"); a change either way keeps it
 * ("revise the toll to 275" is a correction).
 */
export const REVISION_VERBS: ReadonlyMap<string, ChangeWay> = new Map(CHANGE_VERBS.flatMap(r =>
  r.way === null ? [] : rowWords(r, r.way === 'any').map((w): [string, ChangeWay] => [w, r.way!])));
