import { getImageProps } from "next/image";
import type { StoryImage as StoryImageData } from "@/lib/content";

interface StoryImageProps {
  image: StoryImageData;
  /** The `sizes` attribute: how wide the picture shows at each screen width. */
  sizes: string;
  /** The page's main picture: fetched first, never lazily. */
  priority?: boolean;
  className?: string;
}

/**
 * A story's picture in a 16:9 frame, so the page never moves when it
 * arrives. Local pictures go through the image optimiser (smaller files
 * for phones); https ones are shown as they are. A plain <img> with the
 * optimiser's srcset: next/image's component would send its client
 * JavaScript (about 5 KB) to every page for what HTML does by itself.
 */
export function StoryImage({ image, sizes, priority = false, className = "" }: StoryImageProps) {
  const { props } = getImageProps({
    src: image.src,
    alt: image.alt,
    fill: true,
    sizes,
    loading: priority ? "eager" : "lazy",
    fetchPriority: priority ? "high" : undefined,
    unoptimized: !image.src.startsWith("/"),
  });
  return (
    <div className={`relative aspect-video overflow-hidden rounded bg-brand-light ${className}`}>
      <img {...props} alt={image.alt} className="object-cover" />
    </div>
  );
}
