import type { GetStaticProps, PageConfig } from "next";
import { ErrorPage } from "@/components/ErrorPage";
import type { ErrorPageData } from "@/lib/pages/errors";
import { notFoundProps, type PageProps } from "@/lib/pages/routes";
import { fromWire } from "@/lib/pages/wire";
import { t } from "@/lib/urdu/strings";

export const config: PageConfig = { unstable_runtimeJS: false };
export const getStaticProps: GetStaticProps<PageProps<ErrorPageData>> = () => notFoundProps();

export default function NotFound({ data }: PageProps<ErrorPageData>) {
  return <ErrorPage data={fromWire(data)} code="404" title={t.notFoundTitle} body={t.notFoundBody} />;
}
