import { ListingView } from "@/components/ListingView";
import { resolveListingPage } from "@/lib/listing-page";
import { allCategoryListings, categoryListing, laterPages } from "@/lib/listings";
import { listingMetadata } from "@/lib/seo/listing";

interface Props {
  params: Promise<{ key: string; n: string }>;
}

async function load({ params }: Props) {
  const { key, n } = await params;
  return resolveListingPage(categoryListing(key), n);
}

export const generateStaticParams = () => allCategoryListings().flatMap(({ key, listing }) => laterPages(listing).map(({ n }) => ({ key, n })));
export const generateMetadata = async (props: Props) => listingMetadata(await load(props));

export default async function CategoryPageN(props: Props) {
  return <ListingView {...await load(props)} />;
}
