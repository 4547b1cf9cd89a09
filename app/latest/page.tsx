import { ListingView } from "@/components/ListingView";
import { resolveListingPage } from "@/lib/listing-page";
import { latestListing } from "@/lib/listings";
import { listingMetadata } from "@/lib/seo/listing";

export const generateMetadata = () => listingMetadata(resolveListingPage(latestListing()));

export default function LatestPage() {
  return <ListingView {...resolveListingPage(latestListing())} />;
}
