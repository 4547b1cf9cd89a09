import type { Metadata } from "next";
import { SiteChrome } from "@/components/SiteChrome";
import { t } from "@/lib/urdu/strings";

export const metadata: Metadata = {
  title: t.notFoundTitle,
  robots: { index: false },
};

export default function NotFound() {
  // Pages render the site's header themselves (see components/SiteChrome), so the 404 does too.
  return (
    <SiteChrome>
      <section className="mx-auto max-w-prose py-12 text-center">
        <p className="text-6xl font-bold text-brand">
          <bdi>404</bdi>
        </p>
        <h1 className="mt-4 text-3xl">{t.notFoundTitle}</h1>
        <p className="mt-4 text-lg">{t.notFoundBody}</p>
        <p className="mt-8">
          <a href="/" className="rounded bg-brand px-5 py-2 text-brand-contrast no-underline hover:bg-brand-dark">
            {t.backHome}
          </a>
        </p>
      </section>
    </SiteChrome>
  );
}
