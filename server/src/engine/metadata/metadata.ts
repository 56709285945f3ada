// Publication date, outlet and title: from front matter, else inferred from the text.
import type { DocumentMeta, FrontMatter, PreparedText } from '../types';

export function inferMeta(_prepared: PreparedText, front: FrontMatter, frontMatterError: string | null): DocumentMeta {
  return {
    published: front.published ?? null,
    outlet: front.outlet ?? null,
    title: front.title ?? null,
    url: front.url ?? null,
    frontMatterError,
  };
}
