import { absoluteUrl } from "@/lib/site";
import { t } from "@/lib/urdu/strings";
import { JsonLd } from "./JsonLd";

export interface Crumb {
  name: string;
  /** A site path such as `/category/pakistan`. */
  href: string;
}

interface BreadcrumbsProps {
  /** From صفحۂ اول down to the page itself, which is last. */
  items: readonly Crumb[];
  /**
   * A story's headline as the last crumb wraps differently in the fallback
   * font and in Nastaliq on a phone, moving the whole page at the swap; it
   * is the h1 just below, so a phone's trail stops at the section.
   */
  longCurrent?: boolean;
}

/** The trail to this page, for readers and (as BreadcrumbList JSON-LD) for search engines. */
export function Breadcrumbs({ items, longCurrent = false }: BreadcrumbsProps) {
  const data = {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: items.map((item, i) => ({
      "@type": "ListItem",
      position: i + 1,
      name: item.name,
      item: absoluteUrl(item.href),
    })),
  };
  return (
    <nav aria-label={t.breadcrumbs} className="mb-4 text-sm text-ink-muted">
      <ol className="flex flex-wrap gap-x-2">
        {items.map((item, i) => (
          <li
            key={item.href}
            className={`flex gap-x-2 ${longCurrent && i === items.length - 1 ? "max-sm:sr-only" : ""}`}
          >
            {/* U+203A is mirrored in right-to-left text, so it points onward, to the left. */}
            {i > 0 && <span aria-hidden="true">›</span>}
            {i === items.length - 1 ? (
              <span aria-current="page">{item.name}</span>
            ) : (
              <a href={item.href} className="py-[0.25em] text-ink-muted hover:text-brand">
                {item.name}
              </a>
            )}
          </li>
        ))}
      </ol>
      <JsonLd data={data} />
    </nav>
  );
}
