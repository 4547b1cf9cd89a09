import { ListingView } from "@/components/ListingView";
import { resolveListingPage } from "@/lib/listing-page";
import { columnsListing } from "@/lib/listings";
import { listingMetadata } from "@/lib/seo/listing";

export const generateMetadata = () => listingMetadata(resolveListingPage(columnsListing()));

export default function ColumnsPage() {
  return <ListingView {...resolveListingPage(columnsListing())} />;
}
