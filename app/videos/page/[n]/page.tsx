import { ListingView } from "@/components/ListingView";
import { resolveListingPage } from "@/lib/listing-page";
import { laterPages, videosListing } from "@/lib/listings";
import { listingMetadata } from "@/lib/seo/listing";

interface Props {
  params: Promise<{ n: string }>;
}

async function load({ params }: Props) {
  const { n } = await params;
  return resolveListingPage(videosListing(), n);
}

export const generateStaticParams = () => laterPages(videosListing());
export const generateMetadata = async (props: Props) => listingMetadata(await load(props));

export default async function VideosPageN(props: Props) {
  return <ListingView {...await load(props)} />;
}
