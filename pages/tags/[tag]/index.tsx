import type { GetStaticPaths, GetStaticProps, PageConfig } from "next";
import { ListingView } from "@/components/ListingView";
import type { ListingPageData } from "@/lib/pages/listing";
import { listPaths, listProps, type PageProps } from "@/lib/pages/routes";
import { fromWire } from "@/lib/pages/wire";

export const config: PageConfig = { unstable_runtimeJS: false };
export const getStaticPaths: GetStaticPaths = () => listPaths("tag", "tag", false);
export const getStaticProps: GetStaticProps<PageProps<ListingPageData>, { tag: string }> = ({ params }) =>
  listProps("tag", params?.tag);

export default function TagList({ data }: PageProps<ListingPageData>) {
  return <ListingView data={fromWire(data)} />;
}
