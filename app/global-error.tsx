"use client";

// Shown only when the root layout itself fails, so it brings its own
// <html> and inline styles: the stylesheet may be what failed.
import { errorStrings as t } from "@/lib/urdu/error-strings";

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="ur" dir="rtl">
      <body style={{ fontFamily: "serif", lineHeight: 2, textAlign: "center", padding: "3rem 1rem" }}>
        <h1>{t.errorTitle}</h1>
        <p>{t.errorBody}</p>
        <button type="button" onClick={reset}>
          {t.tryAgain}
        </button>
      </body>
    </html>
  );
}
