import { jsonLdText } from "@/lib/seo/json-ld";

interface JsonLdProps {
  data: object;
}

/** Structured data for crawlers, where it belongs with what the page shows (breadcrumbs). */
export function JsonLd({ data }: JsonLdProps) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(data) }} />;
}
