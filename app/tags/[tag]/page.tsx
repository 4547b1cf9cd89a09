import { ListingView } from "@/components/ListingView";
import { resolveListingPage } from "@/lib/listing-page";
import { allTagListings, tagListing } from "@/lib/listings";
import { listingMetadata } from "@/lib/seo/listing";

interface Props {
  params: Promise<{ tag: string }>;
}

async function load({ params }: Props) {
  const { tag } = await params;
  return resolveListingPage(tagListing(tag));
}

// Each tag is prerendered under its usual spelling; other spellings of it
// (Arabic letter forms, diacritics) render on first request, with the
// canonical link pointing at the usual one.
export const generateStaticParams = () => allTagListings().map(({ tag }) => ({ tag }));
export const generateMetadata = async (props: Props) => listingMetadata(await load(props));

export default async function TagPage(props: Props) {
  return <ListingView {...await load(props)} />;
}
