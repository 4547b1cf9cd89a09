import type { ErrorPageData } from "@/lib/pages/errors";
import { t } from "@/lib/urdu/strings";
import { PageHead } from "./PageHead";
import { SiteChrome } from "./SiteChrome";

interface ServerErrorPageProps {
  data: ErrorPageData;
}

/** The Urdu 500, built with the site: it reads without JavaScript, and a reload is the retry. */
export function ServerErrorPage({ data }: ServerErrorPageProps) {
  return (
    <SiteChrome chrome={data.chrome}>
      <PageHead head={data.head} />
      <section className="mx-auto max-w-prose py-12 text-center">
        <h1 className="text-3xl">{t.errorTitle}</h1>
        <p className="mt-4 text-lg">{t.errorBody}</p>
        <p className="mt-8">
          <a href="/" className="rounded bg-brand px-5 py-2 text-brand-contrast no-underline hover:bg-brand-dark">
            {t.backHome}
          </a>
        </p>
      </section>
    </SiteChrome>
  );
}
