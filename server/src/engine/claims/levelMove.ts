// A verb or noun of change on the level whose move is the measure itself: "GDP fell by 30.4%" is the growth rate, "consumer
// prices rose by 5.2% year on year" the inflation rate, "a pay increase of 4.7 percent" the pay growth. The figure is the
// measure, no change of it; a rate named as what moved ("growth slowed by 0.4%", "inflation rose by 0.5%") stays a step.
import type { Token } from '../types';
import { baseEvent } from './measure';

/** Abbreviations of a consumer price index: a percentage of the CPI is the inflation rate. */
export const CONSUMER_PRICE_INDEXES: ReadonlySet<string> = new Set(['cpi', 'hicp']);
/** The price level's own word: "Prices edged up 2.6% over the quarter". */
export const PRICE_WORDS: ReadonlySet<string> = new Set(['prices']);

/** Words naming a rate as what moved ("the growth rate fell by 1%"), besides the measure's own name ("growth slowed by"). */
const RATE_NOUNS: ReadonlySet<string> = new Set(['rate', 'rates', 'pace']);

/**
 * The levels whose move each percent measure is, by the measure's base name: an economy's output or a worker's pay for
 * growth (probe30a), the price level for inflation (round 45). A sector's fall ("mining fell by 32%") names no level here
 * and keeps its mark apart from the economy's.
 */
const LEVEL_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  growth: new Set(['gdp', 'economy', 'product', 'pay', 'wages', 'earnings', 'salaries']),
  inflation: new Set([...CONSUMER_PRICE_INDEXES]),
};

/** How far before a figure its level's noun is looked for ("Varnia's gross domestic product (GDP) fell by 12.4%"). */
const LEVEL_REACH = 12;

/** "price index" and "consumer prices" name the price level too: the word after "price" or "consumer". */
function priceIndexAt(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i].lower;
  const before = tokens[i - 1]?.lower;
  return (w === 'index' && before === 'price') || (PRICE_WORDS.has(w) && before === 'consumer');
}

/**
 * A percent figure of growth or inflation, moved by a verb or noun of change whose subject (before the figure, within
 * its clause from `ca`) is the measure's level and no rate: the figure states the measure.
 */
export function moveIsMeasure(tokens: readonly Token[], unit: string, event: string, ca: number, qa: number): boolean {
  if (unit !== 'percent') return false;
  const measure = baseEvent(event).split('@')[0];
  const levels = LEVEL_WORDS[measure];
  if (!levels) return false;
  let level = false;
  for (let i = Math.max(ca, qa - LEVEL_REACH); i < qa; i++) {
    const w = tokens[i].lower;
    if (RATE_NOUNS.has(w) || w === measure) return false;
    level ||= levels.has(w) || (measure === 'inflation' && priceIndexAt(tokens, i));
  }
  return level;
}
