import type { GetStaticProps, PageConfig } from "next";
import { CorrectionsPage } from "@/components/CorrectionsPage";
import type { CorrectionsPageData } from "@/lib/pages/corrections";
import { correctionsProps, type PageProps } from "@/lib/pages/routes";
import { fromWire } from "@/lib/pages/wire";

export const config: PageConfig = { unstable_runtimeJS: false };
export const getStaticProps: GetStaticProps<PageProps<CorrectionsPageData>> = () => correctionsProps();

export default function Corrections({ data }: PageProps<CorrectionsPageData>) {
  return <CorrectionsPage data={fromWire(data)} />;
}
