import type { AuthorProfile } from "@/lib/content";
import { AuthorAvatar } from "./AuthorAvatar";

interface AuthorCardProps {
  author: AuthorProfile;
}

/** The top of an author's page: picture, name (the page's heading), role and bio. */
export function AuthorCard({ author }: AuthorCardProps) {
  return (
    <header className="mb-8 flex flex-col gap-4 rounded bg-surface-raised p-5 sm:flex-row sm:items-start">
      <AuthorAvatar author={author} size={112} />
      <div className="min-w-0">
        <h1 className="text-3xl">{author.name}</h1>
        {author.role && <p className="text-lg text-brand">{author.role}</p>}
        {/* The bio is sanitised HTML from lib/content. */}
        <div
          className="mt-2 text-ink-muted [&_a]:text-brand [&_p]:my-2"
          dangerouslySetInnerHTML={{ __html: author.bioHtml }}
        />
      </div>
    </header>
  );
}
