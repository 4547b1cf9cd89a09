import type { GetStaticProps, PageConfig } from "next";
import { SearchPage } from "@/components/SearchPage";
import { searchPromptProps, type PageProps } from "@/lib/pages/routes";
import type { SearchPageData } from "@/lib/pages/search";
import { fromWire } from "@/lib/pages/wire";

export const config: PageConfig = { unstable_runtimeJS: false };
// /search with no query: the prompt. A query goes to ./results (proxy.ts).
export const getStaticProps: GetStaticProps<PageProps<SearchPageData>> = () => searchPromptProps();

export default function SearchPrompt({ data }: PageProps<SearchPageData>) {
  return <SearchPage data={fromWire(data)} />;
}
