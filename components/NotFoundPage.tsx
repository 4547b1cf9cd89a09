import type { ErrorPageData } from "@/lib/pages/errors";
import { t } from "@/lib/urdu/strings";
import { PageHead } from "./PageHead";
import { SiteChrome } from "./SiteChrome";

interface NotFoundPageProps {
  data: ErrorPageData;
}

/** The Urdu 404: what happened, and the way home. */
export function NotFoundPage({ data }: NotFoundPageProps) {
  return (
    <SiteChrome chrome={data.chrome}>
      <PageHead head={data.head} />
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
