import { getImageProps } from "next/image";
import type { Author } from "@/lib/content";

interface AuthorAvatarProps {
  author: Author;
  size: number;
}

/** An author's round picture (a plain <img>: see StoryImage), or their initial where there is none. */
export function AuthorAvatar({ author, size }: AuthorAvatarProps) {
  if (author.image) {
    const { props } = getImageProps({ src: author.image.src, alt: "", width: size, height: size });
    return <img {...props} alt="" className="shrink-0 rounded-full bg-brand-light object-cover" />;
  }
  return (
    <span
      aria-hidden="true"
      style={{ width: size, height: size }}
      className="flex shrink-0 items-center justify-center rounded-full bg-brand text-xl text-brand-contrast"
    >
      {author.name.charAt(0)}
    </span>
  );
}
