// The words of one-off events whose day or hour reports state (round 31, eventtime31): one table, read by the event-time
// reader (eventTime.ts). Each word maps to its event's key, the same key for every word of one event ("blast" and
// "explosion", "sank" and "sinking"). Multi-day or recurring events (a war, a strike, a festival, protests) are events of
// a day only through a verb of their outbreak ("fighting broke out on Friday"), which keys them by their start.

/**
 * Kinds of event words: a noun of a one-off event, a verb that is the event, a noun of an event that only starts on a day,
 * and a verb of a place's or a service's opening or closing, the event only when that thing is its subject ("the plant
 * opened in 1958", "the line was shut down"), not when someone does it to an object ("opened fire", "closed the border").
 */
export type EventWordKind = 'noun' | 'verb' | 'onset-noun' | 'intransitive-verb';

/** word (lower case) -> [kind, event key]. */
export const EVENT_WORDS: ReadonlyMap<string, readonly [EventWordKind, string]> = (() => {
  const out = new Map<string, readonly [EventWordKind, string]>();
  const add = (kind: EventWordKind, key: string, words: string) => {
    for (const w of words.split(/\s+/)) if (w) out.set(w, [kind, key]);
  };
  add('noun', 'explosion', 'explosion blast detonation');
  add('verb', 'explosion', 'exploded');
  add('noun', 'fire', 'fire blaze inferno');
  add('noun', 'quake', 'earthquake quake temblor tremor');
  add('noun', 'aftershock', 'aftershock');
  add('noun', 'crash', 'crash derailment collision');
  add('verb', 'crash', 'crashed derailed collided');
  add('noun', 'sinking', 'sinking capsizing shipwreck');
  add('verb', 'sinking', 'sank capsized');
  add('noun', 'collapse', 'collapse');
  add('verb', 'collapse', 'collapsed');
  add('noun', 'eruption', 'eruption');
  add('noun', 'landslide', 'landslide mudslide landslip avalanche');
  add('noun', 'stampede', 'stampede crush');
  add('noun', 'attack', 'attack bombing shooting massacre ambush');
  add('noun', 'coup', 'coup');
  add('verb', 'fall', 'fell fallen');
  // Round 36 (eventdate36): a site's or a line's opening and closing, dated mostly by a year or a month.
  add('intransitive-verb', 'opening', 'opened inaugurated');
  add('intransitive-verb', 'closure', 'closed shut');
  add('onset-noun', 'fighting', 'clashes fighting violence hostilities war');
  add('onset-noun', 'fire', 'fires');
  return out;
})();

/** Nouns that stand for the report's own event, whatever it is ("the disaster happened early on Saturday"). */
export const GENERIC_EVENT_NOUNS: ReadonlySet<string> = new Set(['disaster', 'accident', 'incident', 'tragedy', 'catastrophe']);

/**
 * Verbs of an event happening, whose subject names the event: "the quake struck on Monday", "the blast took place late
 * Friday", "the fire broke out shortly before midnight". The second word, when given, must follow ("took place").
 */
export const HAPPENING_VERBS: ReadonlyMap<string, string | null> = new Map([
  ['struck', null], ['hit', null], ['happened', null], ['occurred', null], ['took', 'place'], ['came', null],
  ['rocked', null], ['jolted', null], ['shook', null], ['ripped', null], ['tore', null], ['unfolded', null],
  ['broke', 'out'], ['erupted', null], ['flared', null], ['began', null], ['started', null], ['recorded', null],
]);

/** Verbs of an outbreak: they date the start of a multi-day event too ("clashes erupted on Friday morning"). */
export const ONSET_VERBS: ReadonlySet<string> = new Set(['broke', 'erupted', 'flared', 'began', 'started']);

/** Words after "a/an" that set an event apart from the story's own: "an earlier quake", "a previous attack". */
export const PRIOR_EVENT_WORDS: ReadonlySet<string> = new Set(['earlier', 'previous', 'prior', 'separate', 'different', 'similar']);

/** Words before an event noun that single out another event of its kind ("a second blast", "another quake"). */
export const OTHER_EVENT_MARKS: ReadonlySet<string> = new Set([...PRIOR_EVENT_WORDS, 'another', 'second', 'third', 'fourth',
  'first', 'new', 'fresh', 'later', 'subsequent', 'last', 'latest', 'other', 'further', 'next']);

/** Words before "fire" that make it no event ("opened fire", "under fire", "set fire to"). */
export const NOT_FIRE_BEFORE: ReadonlySet<string> = new Set(['open', 'opened', 'opening', 'opens', 'under', 'set', 'sets',
  'setting', 'caught', 'catch', 'on', 'cease', 'returned', 'return', 'exchanged', 'heavy', 'artillery', 'rocket', 'sniper',
  'gun', 'machine-gun', 'friendly', 'small-arms', 'mortar']);
