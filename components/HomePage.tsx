import type { HomePageData } from "@/lib/pages/home";
import { t } from "@/lib/urdu/strings";
import { EmptyState } from "./EmptyState";
import { LeadStory } from "./LeadStory";
import { PageHead } from "./PageHead";
import { SectionBlock } from "./SectionBlock";
import { SectionStories } from "./SectionStories";
import { SiteChrome } from "./SiteChrome";
import { StoryCard } from "./StoryCard";
import { StoryGrid } from "./StoryGrid";
import { StoryList } from "./StoryList";

interface HomePageProps {
  data: HomePageData;
}

/** The front page: lead and top stories beside تازہ ترین, then every section, ویڈیو and کالم / تجزیہ. */
export function HomePage({ data }: HomePageProps) {
  return (
    <SiteChrome chrome={data.chrome}>
      <PageHead head={data.head} />
      <h1 className="sr-only">{t.homeHeading}</h1>
      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="flex min-w-0 flex-col gap-10">
          {data.lead && <LeadStory story={data.lead} />}
          {data.top.length > 0 && (
            <section aria-labelledby="top-title">
              <h2 id="top-title" className="sr-only">
                {t.topStories}
              </h2>
              <ul className="grid gap-x-6 gap-y-10 sm:grid-cols-2">
                {data.top.map((story) => (
                  <li key={story.slug}>
                    <StoryCard story={story} />
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
        <aside className="min-w-0">
          <StoryList
            id="latest"
            title={t.latest}
            stories={data.latest}
            moreHref="/latest"
            moreLabel={`${t.latest}: ${t.seeAll}`}
          />
        </aside>
      </div>
      <div className="mt-14 flex flex-col gap-14">
        {data.sections.map(({ category, stories }) => (
          <SectionBlock key={category.key} id={`section-${category.key}`} title={category.name} href={category.path}>
            <SectionStories stories={stories} />
          </SectionBlock>
        ))}
        <SectionBlock id="videos" title={t.videos} href="/videos">
          {data.videos.length > 0 ? (
            <StoryGrid stories={data.videos} headingLevel={3} columns={4} />
          ) : (
            <EmptyState message={t.noStories} />
          )}
        </SectionBlock>
        <SectionBlock id="columns" title={t.columns} href="/columns">
          {data.columns.length > 0 ? (
            <StoryGrid stories={data.columns} headingLevel={3} columns={4} />
          ) : (
            <EmptyState message={t.noStories} />
          )}
        </SectionBlock>
      </div>
    </SiteChrome>
  );
}
