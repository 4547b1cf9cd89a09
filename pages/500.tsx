import type { GetStaticProps, PageConfig } from "next";
import { ErrorPage } from "@/components/ErrorPage";
import type { ErrorPageData } from "@/lib/pages/errors";
import { errorProps, type PageProps } from "@/lib/pages/routes";
import { fromWire } from "@/lib/pages/wire";
import { t } from "@/lib/urdu/strings";

export const config: PageConfig = { unstable_runtimeJS: false };
// Built with the site, so it shows whatever failed at request time, the content database included.
export const getStaticProps: GetStaticProps<PageProps<ErrorPageData>> = () => errorProps();

export default function ServerError({ data }: PageProps<ErrorPageData>) {
  return <ErrorPage data={fromWire(data)} title={t.errorTitle} body={t.errorBody} />;
}
