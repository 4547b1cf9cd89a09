import { ListingView } from "@/components/ListingView";
import { resolveListingPage } from "@/lib/listing-page";
import { allCategoryListings, categoryListing } from "@/lib/listings";
import { listingMetadata } from "@/lib/seo/listing";

interface Props {
  params: Promise<{ key: string }>;
}

async function load({ params }: Props) {
  const { key } = await params;
  return resolveListingPage(categoryListing(key));
}

// Sections come from categories.yml, so any other key is a 404.
export const dynamicParams = false;
export const generateStaticParams = () => allCategoryListings().map(({ key }) => ({ key }));
export const generateMetadata = async (props: Props) => listingMetadata(await load(props));

export default async function CategoryPage(props: Props) {
  return <ListingView {...await load(props)} />;
}
