import type { GetStaticProps, PageConfig } from "next";
import { ListingView } from "@/components/ListingView";
import type { ListingPageData } from "@/lib/pages/listing";
import { listProps, type PageProps } from "@/lib/pages/routes";
import { fromWire } from "@/lib/pages/wire";

export const config: PageConfig = { unstable_runtimeJS: false };
export const getStaticProps: GetStaticProps<PageProps<ListingPageData>> = () => listProps("videos");

export default function VideosList({ data }: PageProps<ListingPageData>) {
  return <ListingView data={fromWire(data)} />;
}
