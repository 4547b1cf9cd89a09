import type { ListingPage } from "@/lib/listing-page";
import { pagePath } from "@/lib/pagination";
import { t } from "@/lib/urdu/strings";
import { AuthorCard } from "./AuthorCard";
import { Breadcrumbs } from "./Breadcrumbs";
import { EmptyState } from "./EmptyState";
import { Pagination } from "./Pagination";
import { SiteChrome } from "./SiteChrome";
import { StoryGrid } from "./StoryGrid";

/** One page of a story list: trail, heading (or the author's card), cards newest first, page links. */
export function ListingView({ listing, page }: ListingPage) {
  const crumbs = [
    { name: t.home, href: "/" },
    { name: listing.title, href: listing.path },
    ...(page.number > 1 ? [{ name: `${t.page} ${page.number}`, href: pagePath(listing.path, page.number) }] : []),
  ];
  // A columnist's page sets their columns apart from anything else they wrote.
  const columns = page.items.filter((s) => s.kind === "column");
  const others = page.items.filter((s) => s.kind !== "column");
  const grouped = listing.author !== undefined && columns.length > 0 && others.length > 0;
  return (
    <SiteChrome active={listing.menuHref ? { href: listing.menuHref, current: "page" } : undefined}>
      <Breadcrumbs items={crumbs} />
      {listing.author ? <AuthorCard author={listing.author} /> : <h1 className="mb-6 text-3xl sm:text-4xl">{listing.title}</h1>}
      {page.items.length === 0 ? (
        <EmptyState message={listing.emptyMessage} />
      ) : grouped ? (
        <>
          <h2 className="mb-4 text-2xl text-brand">{t.authorColumns}</h2>
          <StoryGrid stories={columns} headingLevel={3} />
          <h2 className="mt-12 mb-4 text-2xl text-brand">{t.authorOtherStories}</h2>
          <StoryGrid stories={others} headingLevel={3} />
        </>
      ) : (
        <StoryGrid stories={page.items} />
      )}
      <Pagination listPath={listing.path} current={page.number} count={page.count} />
    </SiteChrome>
  );
}
