import type { Author } from "@/lib/content";
import { t } from "@/lib/urdu/strings";
import { AuthorAvatar } from "./AuthorAvatar";

interface ColumnistBoxProps {
  author: Author;
}

/** The columnist's picture, name and role above a column, as Urdu papers set columns apart. */
export function ColumnistBox({ author }: ColumnistBoxProps) {
  return (
    <div className="mb-4 flex items-center gap-4 border-b border-line pb-4">
      <AuthorAvatar author={author} size={80} />
      <div>
        <p className="text-sm font-bold text-brand">{t.columns}</p>
        <p className="text-2xl">
          <a href={author.path} className="text-ink no-underline hover:underline">
            {author.name}
          </a>
        </p>
        {author.role && <p className="text-ink-muted">{author.role}</p>}
      </div>
    </div>
  );
}
