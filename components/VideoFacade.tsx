import type { ReactNode } from "react";

interface VideoFacadeProps {
  videoId: string;
  title: string;
  playLabel: string;
  /** The poster, a local picture: no request to YouTube. */
  children: ReactNode;
}

/**
 * YouTube's player costs about a megabyte and calls another origin, so
 * nothing of it loads until the reader taps play: the site's script
 * (public/site.js) then swaps this link for the youtube-nocookie player.
 * Without the script the poster is a plain link to the video on YouTube.
 */
export function VideoFacade({ videoId, title, playLabel, children }: VideoFacadeProps) {
  return (
    <a
      href={`https://www.youtube.com/watch?v=${videoId}`}
      data-video-facade={videoId}
      data-title={title}
      className="group relative block"
      aria-label={`${playLabel}: ${title}`}
    >
      {children}
      <span className="absolute inset-0 flex items-center justify-center" aria-hidden="true">
        <span className="flex h-16 w-24 items-center justify-center rounded-2xl bg-alert text-alert-contrast shadow-lg group-hover:scale-110">
          <svg viewBox="0 0 24 24" width="36" height="36" fill="currentColor">
            <path d="M8 5v14l11-7z" />
          </svg>
        </span>
      </span>
    </a>
  );
}
