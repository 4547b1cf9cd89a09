import type { GetStaticPaths, GetStaticProps, PageConfig } from "next";
import { SearchPage } from "@/components/SearchPage";
import { searchResultsProps, type PageProps } from "@/lib/pages/routes";
import type { SearchPageData } from "@/lib/pages/search";
import { fromWire } from "@/lib/pages/wire";

export const config: PageConfig = { unstable_runtimeJS: false };
// Each search is rendered on its first request, then served from the cache
// to everyone who asks the same for a minute (lib/search/route-key.ts).
export const getStaticPaths: GetStaticPaths = () => ({ paths: [], fallback: "blocking" });
export const getStaticProps: GetStaticProps<PageProps<SearchPageData>, { key: string; page: string }> = ({ params }) =>
  searchResultsProps(params?.key, params?.page);

export default function SearchResults({ data }: PageProps<SearchPageData>) {
  return <SearchPage data={fromWire(data)} />;
}
