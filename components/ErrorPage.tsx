import type { ErrorPageData } from "@/lib/pages/errors";
import { t } from "@/lib/urdu/strings";
import { PageHead } from "./PageHead";
import { SiteChrome } from "./SiteChrome";

interface ErrorPageProps {
  data: ErrorPageData;
  /** The status shown large above the title (the 404's); none on the 500, where a number helps no reader. */
  code?: string;
  title: string;
  body: string;
}

/** The Urdu 404 and 500: what happened, and the way home. Built with the site, it reads without JavaScript. */
export function ErrorPage({ data, code, title, body }: ErrorPageProps) {
  return (
    <SiteChrome chrome={data.chrome}>
      <PageHead head={data.head} />
      <section className="mx-auto max-w-prose py-12 text-center">
        {code && (
          <p className="text-6xl font-bold text-brand">
            <bdi>{code}</bdi>
          </p>
        )}
        <h1 className={code ? "mt-4 text-3xl" : "text-3xl"}>{title}</h1>
        <p className="mt-4 text-lg">{body}</p>
        <p className="mt-8">
          <a href="/" className="rounded bg-brand px-5 py-2 text-brand-contrast no-underline hover:bg-brand-dark">
            {t.backHome}
          </a>
        </p>
      </section>
    </SiteChrome>
  );
}
