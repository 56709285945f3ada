// Years a report states about itself without a full date: a copyright line ("©2025 dpa GmbH") or the year in its
// address ("url: https://example.com/2023/01/story") says the year of publication but not the day, so it only serves
// as a fallback year for month-days without a year.

// Literal alternatives and bounded gaps only: linear on any input.
const COPYRIGHT = /(?:©|\(c\)|copyright)\s{0,3}(?:\d{4}\s{0,3}[-–]\s{0,3})?(\d{4})\b/gi;

/** The year of the first copyright notice in the text, or null. */
export function copyrightYear(text: string, from = 0): number | null {
  COPYRIGHT.lastIndex = from;
  const m = COPYRIGHT.exec(text);
  if (!m) return null;
  const y = Number(m[1]);
  return y >= 1900 && y <= 2199 ? y : null;
}

/** A `url:` line of the front matter whose path holds a year segment: "/2023/01/", "/2023/". Bounded: linear. */
const URL_YEAR = /^url:[^\n]{0,300}?\/((?:19|20|21)\d\d)\/[^\n]{0,300}$/im;

/** The year in the front matter's address (before `bodyStart`), or null. */
export function urlYear(text: string, bodyStart: number): number | null {
  if (bodyStart <= 0) return null;
  const m = URL_YEAR.exec(text.slice(0, Math.min(bodyStart, 4000)));
  return m ? Number(m[1]) : null;
}

/** The year a report gives for its own publication without a day: its copyright line, else its address. */
export function referenceYear(text: string, bodyStart: number): number | null {
  return copyrightYear(text, bodyStart) ?? urlYear(text, bodyStart);
}
