import type { GetStaticPaths, GetStaticProps, PageConfig } from "next";
import { StoryPage } from "@/components/StoryPage";
import { storyPaths, storyProps, type PageProps } from "@/lib/pages/routes";
import type { StoryPageData } from "@/lib/pages/story";
import { fromWire } from "@/lib/pages/wire";

export const config: PageConfig = { unstable_runtimeJS: false };
export const getStaticPaths: GetStaticPaths = () => storyPaths("news");
export const getStaticProps: GetStaticProps<PageProps<StoryPageData>, { slug: string }> = ({ params }) =>
  storyProps("news", params?.slug);

export default function NewsStory({ data }: PageProps<StoryPageData>) {
  return <StoryPage data={fromWire(data)} />;
}
