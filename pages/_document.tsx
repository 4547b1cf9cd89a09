import { Head, Html, Main, NextScript, type DocumentProps } from "next/document";
import { site } from "@/lib/site";
import { THEME_SCRIPT } from "@/lib/pages/theme-script";

/**
 * Every page's frame. Pages send no framework script (each route's
 * `unstable_runtimeJS: false`): the only scripts are the theme snippet, which
 * must run before first paint and is allowed by its hash in the CSP, and the
 * site's own deferred file, named with the build so a deploy replaces it in
 * every cache. NextScript renders nothing then, and under next dev it
 * hydrates the page for fast refresh.
 */
export default function Document({ __NEXT_DATA__ }: DocumentProps) {
  return (
    <Html lang="ur" dir="rtl">
      <Head>
        <meta name="application-name" content={site.name} />
        <meta name="theme-color" media="(prefers-color-scheme: light)" content="#0f5132" />
        <meta name="theme-color" media="(prefers-color-scheme: dark)" content="#0f1512" />
        <link rel="icon" href="/icon.svg" type="image/svg+xml" />
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
        <script src={`/site.js?v=${__NEXT_DATA__.buildId}`} defer />
      </Head>
      <body className="flex min-h-screen flex-col">
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
