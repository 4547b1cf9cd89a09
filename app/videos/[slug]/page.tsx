import { StoryPage } from "@/components/StoryPage";
import { getContentIndex } from "@/lib/content";
import { findStory, storyPageMetadata, storyParams, type SlugParams } from "@/lib/story-route";

export const generateStaticParams = () => storyParams("video");
export const generateMetadata = (props: SlugParams) => storyPageMetadata("video", props);

export default async function Page(props: SlugParams) {
  return <StoryPage story={await findStory("video", props)} index={getContentIndex()} />;
}
