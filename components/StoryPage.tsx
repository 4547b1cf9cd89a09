import type { StoryPageData } from "@/lib/pages/story";
import { storySection } from "@/lib/pages/section";
import { absoluteUrl, site } from "@/lib/site";
import { t } from "@/lib/urdu/strings";
import { Breadcrumbs } from "./Breadcrumbs";
import { ColumnistBox } from "./ColumnistBox";
import { DraftBanner } from "./DraftBanner";
import { PageHead } from "./PageHead";
import { ShareLinks } from "./ShareLinks";
import { SiteChrome } from "./SiteChrome";
import { LiveUpdates } from "./LiveUpdates";
import { StoryBody } from "./StoryBody";
import { StoryCorrections } from "./StoryCorrections";
import { StoryHeader } from "./StoryHeader";
import { StoryImage } from "./StoryImage";
import { StoryList } from "./StoryList";
import { TagLinks } from "./TagLinks";
import { VideoFacade } from "./VideoFacade";
import { WhatsAppCta } from "./WhatsAppCta";

interface StoryPageProps {
  data: StoryPageData;
}

const LEAD_SIZES = "(min-width: 1024px) 48rem, 100vw";

/** A whole story page: the story beside تازہ ترین, then ویڈیو and کالم / تجزیہ. */
export function StoryPage({ data }: StoryPageProps) {
  const { story } = data;
  const poster = story.image ?? { src: site.defaultImage.src, alt: site.defaultImage.alt };
  return (
    <SiteChrome chrome={data.chrome}>
      <PageHead head={data.head} />
      <DraftBanner story={story} preview={data.preview} />
      <Breadcrumbs
        items={[{ name: t.home, href: "/" }, storySection(story), { name: story.title, href: story.path }]}
        longCurrent
      />
      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <article className="min-w-0">
          {story.kind === "column" && <ColumnistBox author={story.author} />}
          <StoryHeader story={story} />
          {story.kind === "video" ? (
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
          <StoryBody html={data.bodyHtml} />
          {data.live && <LiveUpdates path={story.path} title={story.title} live={data.live} />}
          <StoryCorrections corrections={data.corrections} />
          <TagLinks tags={story.tags} />
          <WhatsAppCta />
          <ShareLinks url={absoluteUrl(story.path)} title={story.title} />
        </article>
        <aside className="min-w-0">
          <StoryList id="latest" title={t.latest} stories={data.latest} moreHref="/latest" moreLabel={t.seeAll} />
        </aside>
      </div>
      <div className="mt-12 grid gap-10 md:grid-cols-2">
        <StoryList id="videos" title={t.videos} stories={data.videos} moreHref="/videos" moreLabel={t.seeAll} />
        <StoryList id="columns" title={t.columns} stories={data.columns} moreHref="/columns" moreLabel={t.seeAll} />
      </div>
    </SiteChrome>
  );
}
