interface StoryBodyProps {
  /** Sanitised HTML from lib/markdown, with the یہ بھی پڑھیں links already placed. */
  html: string;
}

// Styles for what editors write in Markdown; Nastaliq keeps line height 2.
const bodyStyles = [
  "text-lg sm:text-xl leading-[2.1]",
  "[&_p]:my-4 [&_h2]:mt-8 [&_h2]:text-2xl [&_h3]:mt-6 [&_h3]:text-xl",
  "[&_a]:text-brand [&_a]:underline",
  "[&_ul]:my-4 [&_ul]:list-disc [&_ul]:ps-8 [&_ol]:my-4 [&_ol]:list-decimal [&_ol]:ps-8",
  "[&_blockquote]:my-6 [&_blockquote]:border-s-4 [&_blockquote]:border-brand [&_blockquote]:ps-4 [&_blockquote]:text-ink-muted",
  "[&_table]:my-6 [&_table]:w-full [&_table]:border-collapse [&_th]:border [&_th]:border-line [&_th]:bg-surface-raised [&_th]:p-2 [&_td]:border [&_td]:border-line [&_td]:p-2",
  "[&_figure]:my-6 [&_figcaption]:text-base [&_figcaption]:text-ink-muted [&_img]:h-auto [&_img]:max-w-full",
  "[&_.read-also]:my-6 [&_.read-also]:rounded [&_.read-also]:bg-surface-raised [&_.read-also]:px-4 [&_.read-also]:py-2 [&_.read-also_strong]:text-brand [&_.read-also_a]:no-underline [&_.read-also_a]:text-ink",
].join(" ");

/** The story's text. The HTML is already sanitised; nothing from the reader reaches it. */
export function StoryBody({ html }: StoryBodyProps) {
  return <div className={bodyStyles} dangerouslySetInnerHTML={{ __html: html }} />;
}
