import type { ContentIndex, Story } from "@/lib/content";
import { renderStoryBody } from "@/lib/markdown/render";
import { storyJsonLd } from "@/lib/seo/story";
import { absoluteUrl, site } from "@/lib/site";
import { storySection } from "@/lib/story-route";
import { t } from "@/lib/urdu/strings";
import { Breadcrumbs } from "./Breadcrumbs";
import { ColumnistBox } from "./ColumnistBox";
import { DraftBanner } from "./DraftBanner";
import { JsonLd } from "./JsonLd";
import { ShareLinks } from "./ShareLinks";
import { StoryBody } from "./StoryBody";
import { StoryHeader } from "./StoryHeader";
import { StoryImage } from "./StoryImage";
import { StoryList } from "./StoryList";
import { TagLinks } from "./TagLinks";
import { VideoFacade } from "./VideoFacade";
import { WhatsAppCta } from "./WhatsAppCta";

interface StoryPageProps {
  story: Story;
  index: ContentIndex;
}

const LEAD_SIZES = "(min-width: 1024px) 48rem, 100vw";

/** A whole story page: the story beside تازہ ترین, then ویڈیو and کالم / تجزیہ. */
export function StoryPage({ story, index }: StoryPageProps) {
  const related = index.related(story).map((s) => ({ href: s.path, title: s.title }));
  const html = renderStoryBody(story.body, related, t.readAlso);
  const poster = story.image ?? { src: site.defaultImage.src, alt: site.defaultImage.alt };
  const section = storySection(story);
  return (
    <>
      <DraftBanner story={story} />
      <JsonLd data={storyJsonLd(story)} />
      <Breadcrumbs items={[{ name: t.home, href: "/" }, section, { name: story.title, href: story.path }]} />
      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <article className="min-w-0">
          {story.kind === "column" && <ColumnistBox author={story.author} />}
          <StoryHeader story={story} />
          {story.videoId ? (
            <div className="my-6">
              <VideoFacade videoId={story.videoId} title={story.title} playLabel={t.playVideo}>
                <StoryImage image={poster} sizes={LEAD_SIZES} priority />
              </VideoFacade>
            </div>
          ) : (
            story.image && (
              <figure className="my-6">
                <StoryImage image={story.image} sizes={LEAD_SIZES} priority />
                {story.image.caption && <figcaption className="mt-2 text-ink-muted">{story.image.caption}</figcaption>}
              </figure>
            )
          )}
          <StoryBody html={html} />
          <TagLinks tags={story.tags} />
          <WhatsAppCta />
          <ShareLinks url={absoluteUrl(story.path)} title={story.title} />
        </article>
        <aside className="min-w-0">
          <StoryList id="latest" title={t.latest} stories={index.latest(8, { exclude: story })} moreHref="/latest" moreLabel={t.seeAll} />
        </aside>
      </div>
      <div className="mt-12 grid gap-10 md:grid-cols-2">
        <StoryList id="videos" title={t.videos} stories={index.latest(4, { kind: "video", exclude: story })} moreHref="/videos" moreLabel={t.seeAll} />
        <StoryList id="columns" title={t.columns} stories={index.latest(4, { kind: "column", exclude: story })} moreHref="/columns" moreLabel={t.seeAll} />
      </div>
    </>
  );
}
