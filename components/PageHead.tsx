import Head from "next/head";
import type { HeadData } from "@/lib/seo/head";
import { jsonLdText } from "@/lib/seo/json-ld";
import { absoluteUrl, site } from "@/lib/site";

interface PageHeadProps {
  head: HeadData;
}

/** The page's <head>: title, description, canonical link, feeds, Open Graph, the X card and structured data. */
export function PageHead({ head }: PageHeadProps) {
  const { og } = head;
  const { image, article } = og;
  return (
    <Head>
      <title>{head.title}</title>
      <meta name="description" content={head.description} />
      {head.robots && <meta name="robots" content={head.robots} />}
      {head.canonical && <link rel="canonical" href={head.canonical} />}
      {head.feeds.map((feed) => (
        <link
          key={feed.href}
          rel="alternate"
          type="application/rss+xml"
          title={feed.title}
          href={absoluteUrl(feed.href)}
        />
      ))}
      {head.author && <meta name="author" content={head.author.name} />}
      {head.author && <link rel="author" href={head.author.url} />}
      {head.keywords && <meta name="keywords" content={head.keywords.join(",")} />}
      <meta property="og:site_name" content={site.name} />
      <meta property="og:locale" content={site.locale} />
      <meta property="og:type" content={og.type} />
      <meta property="og:title" content={og.title} />
      <meta property="og:description" content={head.description} />
      {og.url && <meta property="og:url" content={og.url} />}
      <meta property="og:image" content={image.url} />
      {image.width !== undefined && <meta property="og:image:width" content={String(image.width)} />}
      {image.height !== undefined && <meta property="og:image:height" content={String(image.height)} />}
      <meta property="og:image:alt" content={image.alt} />
      {article && <meta property="article:published_time" content={article.publishedTime} />}
      {article && <meta property="article:modified_time" content={article.modifiedTime} />}
      {article && <meta property="article:author" content={article.authorUrl} />}
      {article && <meta property="article:section" content={article.section} />}
      {article?.tags.map((tag) => (
        <meta key={`tag-${tag}`} property="article:tag" content={tag} />
      ))}
      <meta name="twitter:card" content={head.twitterCard} />
      <meta name="twitter:title" content={og.title} />
      <meta name="twitter:description" content={head.description} />
      <meta name="twitter:image" content={image.url} />
      <meta name="twitter:image:alt" content={image.alt} />
      {head.jsonLd.map((data, i) => (
        <script key={`ld-${i}`} type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(data) }} />
      ))}
    </Head>
  );
}
