import { ListingView } from "@/components/ListingView";
import { resolveListingPage } from "@/lib/listing-page";
import { allTagListings, laterPages, tagListing } from "@/lib/listings";
import { listingMetadata } from "@/lib/seo/listing";

interface Props {
  params: Promise<{ tag: string; n: string }>;
}

async function load({ params }: Props) {
  const { tag, n } = await params;
  return resolveListingPage(tagListing(tag), n);
}

export const generateStaticParams = () => allTagListings().flatMap(({ tag, listing }) => laterPages(listing).map(({ n }) => ({ tag, n })));
export const generateMetadata = async (props: Props) => listingMetadata(await load(props));

export default async function TagPageN(props: Props) {
  return <ListingView {...await load(props)} />;
}
