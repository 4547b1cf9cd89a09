import type { GetStaticPaths, GetStaticProps, PageConfig } from "next";
import { ListingView } from "@/components/ListingView";
import type { ListingPageData } from "@/lib/pages/listing";
import { listPaths, listProps, type PageProps } from "@/lib/pages/routes";
import { fromWire } from "@/lib/pages/wire";

export const config: PageConfig = { unstable_runtimeJS: false };
export const getStaticPaths: GetStaticPaths = () => listPaths("category", "key", true);
export const getStaticProps: GetStaticProps<PageProps<ListingPageData>, { key: string; n: string }> = ({ params }) =>
  listProps("category", params?.key, params?.n);

export default function SectionListPage({ data }: PageProps<ListingPageData>) {
  return <ListingView data={fromWire(data)} />;
}
