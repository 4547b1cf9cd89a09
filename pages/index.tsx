import type { GetStaticProps, PageConfig } from "next";
import { HomePage } from "@/components/HomePage";
import type { HomePageData } from "@/lib/pages/home";
import { homeProps, type PageProps } from "@/lib/pages/routes";
import { fromWire } from "@/lib/pages/wire";

export const config: PageConfig = { unstable_runtimeJS: false };
export const getStaticProps: GetStaticProps<PageProps<HomePageData>> = () => homeProps();

export default function Home({ data }: PageProps<HomePageData>) {
  return <HomePage data={fromWire(data)} />;
}
