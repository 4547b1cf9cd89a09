"use client";

// An error boundary must be a client component: it catches render errors
// in the browser as well and offers a retry without a full reload.
import { errorStrings as t } from "@/lib/urdu/error-strings";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section className="mx-auto max-w-prose py-12 text-center">
      <h1 className="text-3xl">{t.errorTitle}</h1>
      <p className="mt-4 text-lg">{t.errorBody}</p>
      <p className="mt-8 flex justify-center gap-4">
        <button type="button" onClick={reset} className="rounded bg-brand px-5 py-2 text-brand-contrast hover:bg-brand-dark">
          {t.tryAgain}
        </button>
        <a href="/" className="rounded border border-brand px-5 py-2 text-brand no-underline">
          {t.backHome}
        </a>
      </p>
    </section>
  );
}
