"use client";

// Shown only when the root layout itself fails, so it brings its own
// <html> and inline styles: the stylesheet may be what failed.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="ur" dir="rtl">
      <body style={{ fontFamily: "serif", lineHeight: 2, textAlign: "center", padding: "3rem 1rem" }}>
        <h1>کچھ غلط ہو گیا</h1>
        <p>معذرت، یہ صفحہ اس وقت نہیں کھل سکا۔ تھوڑی دیر بعد دوبارہ کوشش کریں۔</p>
        <button type="button" onClick={reset}>
          دوبارہ کوشش کریں
        </button>
      </body>
    </html>
  );
}
