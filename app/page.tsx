import type { Metadata } from "next";
import { LeadStory } from "@/components/LeadStory";
import { EmptyState } from "@/components/EmptyState";
import { SectionBlock } from "@/components/SectionBlock";
import { SectionStories } from "@/components/SectionStories";
import { SiteChrome } from "@/components/SiteChrome";
import { StoryCard } from "@/components/StoryCard";
import { StoryGrid } from "@/components/StoryGrid";
import { StoryList } from "@/components/StoryList";
import { getContentIndex } from "@/lib/content";
import { homeContent } from "@/lib/home";
import { feedAlternateTypes } from "@/lib/feeds/alternate";
import { absoluteUrl, site } from "@/lib/site";
import { t } from "@/lib/urdu/strings";

const { src, ...image } = site.defaultImage;

export const metadata: Metadata = {
  alternates: { canonical: site.url, types: feedAlternateTypes },
  openGraph: { type: "website", url: site.url, siteName: site.name, locale: site.locale, images: [{ url: absoluteUrl(src), ...image }] },
  twitter: { card: "summary_large_image", images: [absoluteUrl(src)] },
};

/** The front page: lead and top stories beside تازہ ترین, then every section, ویڈیو and کالم / تجزیہ. */
export default function HomePage() {
  const home = homeContent(getContentIndex());
  return (
    <SiteChrome active={{ href: "/", current: "page" }}>
      <h1 className="sr-only">{t.homeHeading}</h1>
      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="flex min-w-0 flex-col gap-10">
          {home.lead && <LeadStory story={home.lead} />}
          {home.top.length > 0 && (
            <section aria-labelledby="top-title">
              <h2 id="top-title" className="sr-only">
                {t.topStories}
              </h2>
              <ul className="grid gap-x-6 gap-y-10 sm:grid-cols-2">
                {home.top.map((story) => (
                  <li key={story.slug}>
                    <StoryCard story={story} />
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
        <aside className="min-w-0">
          <StoryList id="latest" title={t.latest} stories={home.latest} moreHref="/latest" moreLabel={`${t.latest}: ${t.seeAll}`} />
        </aside>
      </div>
      <div className="mt-14 flex flex-col gap-14">
        {home.sections.map(({ category, stories }) => (
          <SectionBlock key={category.key} id={`section-${category.key}`} title={category.name} href={`/category/${category.key}`}>
            <SectionStories stories={stories} />
          </SectionBlock>
        ))}
        <SectionBlock id="videos" title={t.videos} href="/videos">
          {home.videos.length > 0 ? <StoryGrid stories={home.videos} headingLevel={3} columns={4} /> : <EmptyState message={t.noStories} />}
        </SectionBlock>
        <SectionBlock id="columns" title={t.columns} href="/columns">
          {home.columns.length > 0 ? <StoryGrid stories={home.columns} headingLevel={3} columns={4} /> : <EmptyState message={t.noStories} />}
        </SectionBlock>
      </div>
    </SiteChrome>
  );
}
