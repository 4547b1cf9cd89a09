import { DraftBanner } from "@/components/DraftBanner";
import { StoryPage } from "@/components/StoryPage";
import { getContentIndex } from "@/lib/content";
import { findStory, storyPageMetadata, storyParams, type SlugParams } from "@/lib/story-route";

export const generateStaticParams = () => storyParams("video");
export const generateMetadata = (props: SlugParams) => storyPageMetadata("video", props);

export default async function Page(props: SlugParams) {
  const story = await findStory("video", props);
  return (
    <>
      <DraftBanner story={story} />
      <StoryPage story={story} index={getContentIndex()} />
    </>
  );
}
