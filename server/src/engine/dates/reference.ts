// Years a report states about itself without a full date: a copyright line ("©2025 dpa GmbH") says the year
// of publication but not the day, so it only serves as a fallback year for month-days without a year.

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
