"use client";

// A client island because copying needs the Clipboard API. Without
// JavaScript it is a plain link to the story's address, which the reader
// can long-press to copy.
import { useState } from "react";

interface CopyLinkButtonProps {
  url: string;
  label: string;
  doneLabel: string;
  className?: string;
  children: React.ReactNode;
}

export function CopyLinkButton({ url, label, doneLabel, className, children }: CopyLinkButtonProps) {
  const [copied, setCopied] = useState(false);
  return (
    <a
      href={url}
      className={className}
      aria-label={copied ? doneLabel : label}
      title={copied ? doneLabel : label}
      onClick={(event) => {
        if (!navigator.clipboard) return;
        event.preventDefault();
        navigator.clipboard.writeText(url).then(
          () => setCopied(true),
          () => setCopied(false),
        );
      }}
    >
      {children}
      <span role="status" className="sr-only">
        {copied ? doneLabel : ""}
      </span>
    </a>
  );
}
