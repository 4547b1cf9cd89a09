import { ListingView } from "@/components/ListingView";
import { resolveListingPage } from "@/lib/listing-page";
import { laterPages, columnsListing } from "@/lib/listings";
import { listingMetadata } from "@/lib/seo/listing";

interface Props {
  params: Promise<{ n: string }>;
}

async function load({ params }: Props) {
  const { n } = await params;
  return resolveListingPage(columnsListing(), n);
}

export const generateStaticParams = () => laterPages(columnsListing());
export const generateMetadata = async (props: Props) => listingMetadata(await load(props));

export default async function ColumnsPageN(props: Props) {
  return <ListingView {...await load(props)} />;
}
