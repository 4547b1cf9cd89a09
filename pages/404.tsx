import type { GetStaticProps, PageConfig } from "next";
import { NotFoundPage } from "@/components/NotFoundPage";
import type { ErrorPageData } from "@/lib/pages/errors";
import { notFoundProps, type PageProps } from "@/lib/pages/routes";
import { fromWire } from "@/lib/pages/wire";

export const config: PageConfig = { unstable_runtimeJS: false };
export const getStaticProps: GetStaticProps<PageProps<ErrorPageData>> = () => notFoundProps();

export default function NotFound({ data }: PageProps<ErrorPageData>) {
  return <NotFoundPage data={fromWire(data)} />;
}
