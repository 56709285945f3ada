// Unknown acronyms in running text. Where a report writes in mixed case, a capitalized initialism no table knows
// ("the USDA said", "a BNZ economist", "the FDP would leave") names an organization far more often than anything else;
// the common initialisms that name no body (measures, units, time zones, titles) are listed here so they stay unnamed.
import { MONTH_ABBREVIATIONS } from '../dates/lexicon';
import { CURRENCY_PREFIX, isUnitWord } from '../quantities/units';
import { NOT_NAMES } from './lexicon';
import type { Word } from './words';

/** Initialisms that are not organizations (units come from the quantity unit table): economic measures, time zones, titles, media, medical and military
 * hardware terms, and
 * the capitalized labels of market tables ("CHG", "AMT", weekdays), and short forms of places ("NZ", "HK"). */
export const NOT_ORG_ACRONYMS = new Set(`GDP GNP CPI CPIH RPI PPI PMI WPI SPI HICP PCE YOY MOM QOQ EPS PE IPO CEO CFO COO CTO MD VP PM AM GMT UTC EDT EST CST CDT PST PDT
BST CET CEST MSK TV CD DVD OK ID DNA HIV AIDS SARS COVID UFO VIP HQ FM AC DC VAT FOB CIF IOU
LNG LPG CNG SUV ATM PIN PR QC MPS FAQ PS NB AD BC CAPS TALK END FOR THE OF AND SALES STOCKS BELL NET TOTAL MORE
FTSE DAX CAC AEX IBEX LIBOR PIBOR HIBOR MIBOR NYMEX COMEX CBOT IPE SIMEX LIFFE MATIF NASDAQ ISDN GSM CDMA URL PDF USB
MRI CT PCR ICU ER CJD BSE MERS HQS RAM ROM CPU GPU SSD HDD LED LCD OLED WTI UAV UAS ICBM ATGM APC IFV MBT RPG IED EW AI GPS SMS VPN IT EV IDP IDPS NGO NGOS NOTE NOTES AGO CALL PUT AMT MTH YR YRS WK QTR AVG VOL CHG NA NT TM
MON TUE TUES WED THU THUR THURS FRI SAT SUN NZ HK`.split(/\s+/));

/**
 * A word that is one of those initialisms, in capitals or in the mixed case reports write bases of change in ("CPI",
 * "YoY", "MoM", "QoQ"): a measure or its basis, no body, however often it recurs.
 */
export function measureInitialism(text: string): boolean {
  return (text === text.toUpperCase() || /^[A-Z][a-z][A-Z]$/.test(text)) && NOT_ORG_ACRONYMS.has(text.toUpperCase());
}

/**
 * Head nouns of a statistic's name: a capitalized run ending in one ("the Consumer Price Index") names an index, never a
 * place (a town named "Price"), and the word alone names no body however often it recurs (round 18).
 */
export const INDEX_HEADS: ReadonlySet<string> = new Set(['index', 'indices', 'indexes']);

/** Roman numerals ("Pope John Paul II", "World War II") are no acronyms. */
const ROMAN = /^[IVXLC]+$/;
/** Two to five capital letters, an ampersand allowed inside ("S&P", "M&R"); longer runs are mostly words in capitals. */
const INITIALISM = /^[A-Z][A-Z&]{1,4}$/;

/** Word k is a lower-case word (running text, not a headline or a table row). */
function lowerAt(words: Word[], k: number): boolean {
  const w = words[k];
  return !!w && !w.punct && !w.cap;
}

/** A word of two or more capitals ("A" opens sentences and is no part of a run). */
function capsWord(w: Word | undefined): boolean {
  return !!w && !w.punct && w.cap && w.text.length >= 2 && w.text === w.text.toUpperCase();
}

/**
 * An unknown initialism at word i, inside running text: a lower-case word within two words on either side. A word the
 * report also writes in lower case ("WHEAT", "RECORD" in a table's labels) is that word in capitals (lowerMark: the
 * scan's mark on the forms it met in lower case).
 */
export function orgAcronym(words: Word[], i: number, lowerMark: number): boolean {
  const w = words[i];
  if (w.punct || !INITIALISM.test(w.text) || w.text.endsWith('&') || ROMAN.test(w.text) || NOT_ORG_ACRONYMS.has(w.text)) return false;
  // Month and weekday names, currency codes ("DEM", "CZK") and units ("GB", "MW") written in capitals.
  if (NOT_NAMES.has(w.lower) || MONTH_ABBREVIATIONS.has(w.lower) || CURRENCY_PREFIX.has(w.lower) || isUnitWord(w.lower)) return false;
  if (w.key && w.key.seenMark === lowerMark) return false;
  // "ABC DEF": a run of capitals is a headline or a longer name, not one acronym.
  const p = words[i - 1];
  const n = words[i + 1];
  if (capsWord(p) || capsWord(n)) return false;
  // "AL-MUNTAR": part of a hyphenated name; "Waterville WA": a state's code after a town.
  if ((n && n.text === '-' && n.gap === '') || (p && p.text === '-' && w.gap === '')) return false;
  if (w.text.length === 2 && p && !p.punct && p.cap) return false;
  // "BERNE 1997-01-03": a dateline's town opens its line before a date.
  if (w.first && n && /^[0-9]/.test(n.text)) return false;
  return lowerAt(words, i - 1) || lowerAt(words, i + 1) || lowerAt(words, i - 2) || lowerAt(words, i + 2);
}
