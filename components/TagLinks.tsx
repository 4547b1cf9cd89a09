import { t } from "@/lib/urdu/strings";

interface TagLinksProps {
  tags: readonly string[];
}

/** A story's tags, each linking to its tag page. */
export function TagLinks({ tags }: TagLinksProps) {
  if (tags.length === 0) return null;
  return (
    <nav aria-label={t.tags} className="my-6">
      <ul className="flex flex-wrap gap-2">
        {tags.map((tag) => (
          <li key={tag}>
            <a
              href={`/tags/${encodeURIComponent(tag)}`}
              className="block rounded-full bg-surface-raised px-4 text-ink no-underline hover:bg-brand-light"
            >
              {tag}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
