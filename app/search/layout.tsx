import type { ReactNode } from "react";
import { SiteChrome } from "@/components/SiteChrome";

/** The site's header around search, which belongs to no menu item. */
export default function SearchLayout({ children }: { children: ReactNode }) {
  return <SiteChrome>{children}</SiteChrome>;
}
