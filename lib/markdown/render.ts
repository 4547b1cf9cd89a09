import rehypeRaw from "rehype-raw";
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { t } from "@/lib/urdu/strings";
import { rehypeCloseDropped } from "./close-dropped";
import { rehypeEnhance } from "./enhance";
import { rehypeReadAlso, type RelatedLink } from "./read-also";
import { sanitizeSchema } from "./schema";
import { hastToText, mdastToText } from "./text";

export type { RelatedLink };

// Built once per process; per-call input (related links) rides on file.data.
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, {
    allowDangerousHtml: true,
    // No prefix here: the sanitiser prefixes every id once and enhance.ts
    // prefixes #fragment links to match, so footnotes keep working.
    clobberPrefix: "",
    // The footnotes section reads in the page's language.
    footnoteLabel: t.footnotes,
    footnoteBackLabel: (index) => t.backToReference(index + 1),
  })
  .use(rehypeCloseDropped)
  .use(rehypeRaw)
  .use(rehypeSanitize, sanitizeSchema)
  .use(rehypeEnhance)
  .use(rehypeReadAlso)
  .use(rehypeStringify);

/** Markdown body → sanitised HTML string. */
export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}

/**
 * The story body with each related link placed between paragraphs as
 * <p class="read-also"><strong>یہ بھی پڑھیں:</strong> <a href="...">title</a></p>
 * With P top-level paragraphs and N links, link i follows paragraph
 * round((i+1)*P/(N+1)): never before the first, never two in one gap, never
 * after the last when P >= 2; links left over go after the last block (ahead
 * of footnotes). Placed in the hast tree (read-also.ts), never in the string.
 * Callers pass the label from the site's strings module.
 */
export function renderStoryBody(markdown: string, related: RelatedLink[], label: string = t.readAlso): string {
  return String(processor.processSync({ value: markdown, data: { readAlso: { links: related, label } } }));
}

// Each construct remark-gfm adds (tables, ~~strikethrough~~, footnotes, task
// lists, bare links and e-mail addresses) needs one of these; a body with
// none parses to the same tree without it, several times faster.
const GFM_SYNTAX = /[|~@]|\[\^|\[[ xX]\]|www\.|https?:|mailto:|xmpp:/i;
const commonMark = unified().use(remarkParse);

/** Plain text of a markdown body (for search and summaries): no markup, HTML entities decoded, whitespace collapsed. */
export function markdownToText(markdown: string): string {
  const text = mdastToText((GFM_SYNTAX.test(markdown) ? processor : commonMark).parse(markdown));
  // Only a body with raw HTML pays for the full render and sanitise.
  return text ?? hastToText(processor.runSync(processor.parse(markdown)));
}
