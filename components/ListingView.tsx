import type { ListingPageData } from "@/lib/pages/listing";
import { pagePath } from "@/lib/lists/pagination";
import { t } from "@/lib/urdu/strings";
import { AuthorCard } from "./AuthorCard";
import { Breadcrumbs } from "./Breadcrumbs";
import { EmptyState } from "./EmptyState";
import { PageHead } from "./PageHead";
import { Pagination } from "./Pagination";
import { SiteChrome } from "./SiteChrome";
import { StoryGrid } from "./StoryGrid";

interface ListingViewProps {
  data: ListingPageData;
}

/** One page of a story list: trail, heading (or the author's card), cards newest first, page links. */
export function ListingView({ data }: ListingViewProps) {
  const { listing, stories, number, count } = data;
  const crumbs = [
    { name: t.home, href: "/" },
    { name: listing.title, href: listing.path },
    ...(number > 1 ? [{ name: `${t.page} ${number}`, href: pagePath(listing.path, number) }] : []),
  ];
  // A columnist's page sets their columns apart from anything else they wrote.
  const columns = stories.filter((s) => s.kind === "column");
  const others = stories.filter((s) => s.kind !== "column");
  const grouped = listing.author !== undefined && columns.length > 0 && others.length > 0;
  return (
    <SiteChrome chrome={data.chrome}>
      <PageHead head={data.head} />
      <Breadcrumbs items={crumbs} />
      {listing.author ? (
        <AuthorCard author={listing.author} />
      ) : (
        <h1 className="mb-6 text-3xl sm:text-4xl">{listing.title}</h1>
      )}
      {stories.length === 0 ? (
        <EmptyState message={listing.emptyMessage} />
      ) : grouped ? (
        <>
          <h2 className="mb-4 text-2xl text-brand">{t.authorColumns}</h2>
          <StoryGrid stories={columns} headingLevel={3} />
          <h2 className="mt-12 mb-4 text-2xl text-brand">{t.authorOtherStories}</h2>
          <StoryGrid stories={others} headingLevel={3} />
        </>
      ) : (
        <StoryGrid stories={stories} />
      )}
      <Pagination listPath={listing.path} current={number} count={count} />
    </SiteChrome>
  );
}
