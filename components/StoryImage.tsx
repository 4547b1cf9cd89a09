import Image from "next/image";
import type { StoryImage as StoryImageData } from "@/lib/content";

interface StoryImageProps {
  image: StoryImageData;
  /** The `sizes` attribute: how wide the picture shows at each screen width. */
  sizes: string;
  priority?: boolean;
  className?: string;
}

/**
 * A story's picture in a 16:9 frame, so the page never moves when it
 * arrives. Local pictures go through the image optimiser (smaller files
 * for phones); https ones are shown as they are.
 */
export function StoryImage({ image, sizes, priority = false, className = "" }: StoryImageProps) {
  return (
    <div className={`relative aspect-video overflow-hidden rounded bg-brand-light ${className}`}>
      <Image
        src={image.src}
        alt={image.alt}
        fill
        sizes={sizes}
        priority={priority}
        unoptimized={!image.src.startsWith("/")}
        className="object-cover"
      />
    </div>
  );
}
