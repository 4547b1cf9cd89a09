"use client";

// The one island a video needs: YouTube's player costs about a megabyte and
// calls another origin, so nothing of it loads until the reader taps play.
// Without JavaScript the poster is a plain link to the video on YouTube.
import { useState, type ReactNode } from "react";

interface VideoFacadeProps {
  videoId: string;
  title: string;
  playLabel: string;
  /** The poster, rendered on the server (a local picture: no request to YouTube). */
  children: ReactNode;
}

export function VideoFacade({ videoId, title, playLabel, children }: VideoFacadeProps) {
  const [playing, setPlaying] = useState(false);
  if (playing) {
    return (
      <iframe
        src={`https://www.youtube-nocookie.com/embed/${videoId}?autoplay=1&rel=0`}
        title={title}
        allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
        allowFullScreen
        className="aspect-video w-full rounded"
      />
    );
  }
  return (
    <a
      href={`https://www.youtube.com/watch?v=${videoId}`}
      onClick={(event) => {
        event.preventDefault();
        setPlaying(true);
      }}
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
