// National days, holidays and observances news dates events by ("the Diada", "Bastille Day", "Election Day", "Black
// Friday"), each resolved to its day in the report's year (resolve.ts, holidayInterval). A name whose day differs by
// country is listed only with its country ("Ukraine's Independence Day", "Mexican Independence Day"). Read as a date only
// when capitalised and not followed by a noun ("Bastille Day parade" is a parade): named.ts, holidayAt.
import type { HolidayRule } from './lexicon';

const fixed = (m: number, d: number): HolidayRule => ({ m, d });
/** The nth weekday (0 Sunday … 6 Saturday) of a month, moved by `plus` days. */
const nth = (m: number, wd: number, n: number, plus = 0): HolidayRule => (plus ? { m, wd, n, plus } : { m, wd, n });

/** Names with a possessive ("'s"), written once; both apostrophes are listed. */
const POSSESSIVE = /'s\b/;

const DAYS: Array<[string, HolidayRule]> = [
  ['diada', fixed(9, 11)],
  ['bastille day', fixed(7, 14)],
  ['labour day', fixed(5, 1)], ['may day', fixed(5, 1)],
  // The US general election: the Tuesday after the first Monday of November.
  ['election day', nth(11, 1, 1, 1)],
  // The day after Thanksgiving (the fourth Thursday of November), and the Monday after.
  ['black friday', nth(11, 4, 4, 1)], ['cyber monday', nth(11, 4, 4, 4)],
  ['juneteenth', fixed(6, 19)],
  ['veterans day', fixed(11, 11)], ['armistice day', fixed(11, 11)], ['remembrance day', fixed(11, 11)],
  ['martin luther king day', nth(1, 1, 3)], ['presidents day', nth(2, 1, 3)], ['columbus day', nth(10, 1, 2)],
  ['anzac day', fixed(4, 25)], ['canada day', fixed(7, 1)], ['australia day', fixed(1, 26)],
  ["st patrick's day", fixed(3, 17)], ["saint patrick's day", fixed(3, 17)],
  ["international women's day", fixed(3, 8)], ["women's day", fixed(3, 8)],
  ['victory day', fixed(5, 9)], ['ve day', fixed(5, 8)],
  ['bonfire night', fixed(11, 5)], ['guy fawkes night', fixed(11, 5)],
  ['german unity day', fixed(10, 3)],
  ["ukraine's independence day", fixed(8, 24)], ['ukrainian independence day', fixed(8, 24)],
  ['american independence day', fixed(7, 4)], ["america's independence day", fixed(7, 4)],
  ["india's independence day", fixed(8, 15)], ['indian independence day', fixed(8, 15)],
  ["pakistan's independence day", fixed(8, 14)], ['mexican independence day', fixed(9, 16)],
  ["mexico's independence day", fixed(9, 16)], ["china's national day", fixed(10, 1)],
  ["spain's national day", fixed(10, 12)], ["india's republic day", fixed(1, 26)],
];

/** The table as the tokenizer splits the names ("ukraine 's independence day"), with both apostrophes. */
export const NAMED_DAYS: Array<[string, HolidayRule]> = DAYS.flatMap(([name, rule]): Array<[string, HolidayRule]> => {
  const split = name.replace(POSSESSIVE, " 's");
  return split === name ? [[name, rule]] : [[split, rule], [split.replace("'", '’'), rule]];
});
