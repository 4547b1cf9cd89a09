import type { CorrectionsPageData } from "@/lib/pages/corrections";
import { formatDateLine, isoInKarachi } from "@/lib/urdu/date";
import { t } from "@/lib/urdu/strings";
import { EmptyState } from "./EmptyState";
import { PageHead } from "./PageHead";
import { SiteChrome } from "./SiteChrome";
import { HeadlineLink } from "./HeadlineLink";

interface CorrectionsPageProps {
  data: CorrectionsPageData;
}

/** Every correction the newsroom has made, newest first, each with its date and a link to the story it corrects. */
export function CorrectionsPage({ data }: CorrectionsPageProps) {
  return (
    <SiteChrome chrome={data.chrome}>
      <PageHead head={data.head} />
      <div className="mx-auto flex max-w-3xl flex-col gap-4">
        <h1 className="text-3xl sm:text-4xl">{t.corrections}</h1>
        <p className="text-lg text-ink-muted">{t.correctionsIntro}</p>
        {data.corrections.length === 0 ? (
          <EmptyState message={t.noCorrections} />
        ) : (
          <ol className="divide-y divide-line">
            {data.corrections.map(({ story, date, text }) => (
              <li key={`${story.slug}-${date.getTime()}`} className="py-4">
                <article className="flex flex-col gap-1">
                  <p className="text-sm text-ink-muted">
                    <strong className="text-alert">{t.correction}</strong>{" "}
                    <time dateTime={isoInKarachi(date)}>{formatDateLine(date)}</time>
                  </p>
                  <h2 className="text-xl">
                    <HeadlineLink href={story.path}>{story.title}</HeadlineLink>
                  </h2>
                  <p>{text}</p>
                </article>
              </li>
            ))}
          </ol>
        )}
      </div>
    </SiteChrome>
  );
}
