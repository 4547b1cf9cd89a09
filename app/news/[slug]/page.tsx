import { StoryPage } from "@/components/StoryPage";
import { getContentIndex } from "@/lib/content";
import { findStory, storyPageMetadata, storyParams, type SlugParams } from "@/lib/story-route";

export const generateStaticParams = () => storyParams("news");
export const generateMetadata = (props: SlugParams) => storyPageMetadata("news", props);

export default async function Page(props: SlugParams) {
  return <StoryPage story={await findStory("news", props)} index={getContentIndex()} />;
}
