import { StoryPage } from "@/components/StoryPage";
import { getContentIndex } from "@/lib/content";
import { findStory, storyPageMetadata, storyParams, type SlugParams } from "@/lib/story-route";

export const generateStaticParams = () => storyParams("column");
export const generateMetadata = (props: SlugParams) => storyPageMetadata("column", props);

export default async function Page(props: SlugParams) {
  return <StoryPage story={await findStory("column", props)} index={getContentIndex()} />;
}
