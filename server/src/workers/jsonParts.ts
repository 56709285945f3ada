// A big analysis crosses from a worker to the main thread as JSON in parts, so the main thread parses it a part at a
// time and answers hovers in between: parsing the 11 MB analysis of a 1.5 MB report in one go holds the thread for
// 100–250 ms. Small analyses (nearly all reports) still go as one JSON text.

/** An object's JSON without its long arrays, and each long array's elements as JSON texts of PART_ITEMS each. */
export interface JsonParts {
  head: string;
  arrays: [key: string, parts: string[]][];
}

/** JSON texts shorter than this are sent whole. */
export const PARTS_OVER = 1 << 20;
/** Elements per part: a part of claims parses in a few milliseconds. */
const PART_ITEMS = 1000;

/** The parts of `value`, whose JSON text `json` is, or null when it is short enough to send whole. */
export function splitJson(value: object, json: string): JsonParts | null {
  if (json.length < PARTS_OVER) return null;
  const head: Record<string, unknown> = {};
  const arrays: JsonParts['arrays'] = [];
  for (const [key, v] of Object.entries(value)) {
    if (Array.isArray(v) && v.length > PART_ITEMS) {
      const parts: string[] = [];
      for (let i = 0; i < v.length; i += PART_ITEMS) parts.push(JSON.stringify(v.slice(i, i + PART_ITEMS)));
      arrays.push([key, parts]);
      head[key] = [];
    } else head[key] = v;
  }
  return { head: JSON.stringify(head), arrays };
}

/** Parses the parts back into the object JSON.parse(json) would give, awaiting `pause` between parts. */
export async function parseParts<T>(parts: JsonParts, pause: () => Promise<void>): Promise<T> {
  const out = JSON.parse(parts.head) as Record<string, unknown>;
  for (const [key, texts] of parts.arrays) {
    const list: unknown[] = [];
    for (const text of texts) {
      await pause();
      for (const item of JSON.parse(text) as unknown[]) list.push(item);
    }
    out[key] = list;
  }
  return out as T;
}
