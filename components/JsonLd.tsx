interface JsonLdProps {
  data: object;
}

/**
 * Structured data for crawlers. `<` is escaped so no text in a story can
 * close the script element early.
 */
export function JsonLd({ data }: JsonLdProps) {
  const json = JSON.stringify(data).replace(/</g, "\\u003c");
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
