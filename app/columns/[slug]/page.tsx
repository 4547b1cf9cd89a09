import { DraftBanner } from "@/components/DraftBanner";
import { StoryPage } from "@/components/StoryPage";
import { getContentIndex } from "@/lib/content";
import { findStory, storyPageMetadata, storyParams, type SlugParams } from "@/lib/story-route";

export const generateStaticParams = () => storyParams("column");
export const generateMetadata = (props: SlugParams) => storyPageMetadata("column", props);

export default async function Page(props: SlugParams) {
  const story = await findStory("column", props);
  return (
    <>
      <DraftBanner story={story} />
      <StoryPage story={story} index={getContentIndex()} />
    </>
  );
}
