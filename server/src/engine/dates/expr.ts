// What the date scan reads: an expression before it is placed on the calendar (resolve.ts places it), and the
// span a matcher found for it.
import type { Part } from './calendar';
import type { HolidayRule, Season, Unit } from './lexicon';

/** What an expression says, before it is placed on the calendar. */
export type Expr =
  /** `yRel` counts years from publication: "in February this year", "July 4 last year". */
  | { k: 'date'; y?: number; m: number; d: number; d2?: number; wd?: number; yRel?: number; week?: boolean }
  | { k: 'month'; y?: number; m: number; part?: Part; shift?: number; yRel?: number }
  /** A year, or a span of years when `to` is set ("the 2009-2010 pandemic"). */
  | { k: 'year'; y: number; part?: Part; to?: number }
  | { k: 'season'; s: Season; y?: number; shift?: number; part?: Part }
  /** `anaphoric`: counted from the day the story is at ("the previous Friday"), not from publication. */
  /** `dom`: the day of the month a parenthesis after it gives ("this Sunday (7)", "on Monday (13/08)"). */
  | { k: 'weekday'; wd: number; shift?: number; anaphoric?: boolean; dom?: number }
  | { k: 'dayrel'; offset: number }
  /**
   * A calendar period relative to publication ("last month", "earlier this month": TimeML gives the whole month);
   * `anaphoric` counts from a date stated just before when there is one, `that` only from it ("that year");
   * `yearsBack` or `y` move "the same month" to a year before or a year named ("of the previous year", "of 2019").
   */
  | { k: 'period'; unit: Unit; shift: number; part?: Part; anaphoric?: boolean; that?: boolean; yearsBack?: number; y?: number }
  /** A stretch reaching back or ahead from publication ("the past week", "in recent weeks", "the coming days"). */
  | { k: 'window'; unit: Unit; n: number; dir: -1 | 1; vague?: boolean }
  /**
   * A quarter. Without `q` it is the quarter the report is about ("the latest quarter", "the year-earlier period");
   * `yRel` counts years from publication ("this year's third quarter"), `back` years before the report's quarter
   * ("the year-ago quarter"); `period` marks "the ... period" (the report's quarter, as for "the quarter").
   */
  | { k: 'quarter'; q?: number; y?: number; yRel?: number; back?: number; period?: boolean }
  /**
   * "three weeks ago" (the calendar unit holding that day, as TimeML gives it; a day for "days ago"); `earlier` for
   * "a year earlier", which counts back from the story's time, not from publication.
   */
  | { k: 'ago'; unit: Unit; n: number; earlier?: boolean }
  /** A holiday ("Thanksgiving Day"), in a stated year or `shift` occurrences from publication ("last Christmas"). */
  | { k: 'holiday'; rule: HolidayRule; y?: number; shift?: number }
  /** A half of a year: stated, counted from publication ("the second half of this year", `yRel`), else the latest. */
  | { k: 'half'; h: 1 | 2; y?: number; yRel?: number };

/** An expression read from a matcher's token up to `end` (exclusive). */
export interface Match {
  end: number;
  expr: Expr;
}

/** A match and the token its span starts at, which may lie before the token read ("the" of "the previous Friday"). */
export interface Located {
  start: number;
  m: Match;
}
