import { ListingView } from "@/components/ListingView";
import { resolveListingPage } from "@/lib/listing-page";
import { videosListing } from "@/lib/listings";
import { listingMetadata } from "@/lib/seo/listing";

export const generateMetadata = () => listingMetadata(resolveListingPage(videosListing()));

export default function VideosPage() {
  return <ListingView {...resolveListingPage(videosListing())} />;
}
