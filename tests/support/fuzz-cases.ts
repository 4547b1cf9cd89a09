/**
 * Hostile requests, generated from a seed: each case is a method, a raw
 * request target, extra headers, and the statuses that are due (when only
 * some are). Every case must also get no 5xx and leak nothing.
 */
import { below, pick, seededRandom, type Random } from "@/lib/testing/seeded-random";

export interface FuzzCase {
  kind: string;
  method: string;
  target: string | Buffer;
  headers?: Record<string, string>;
  /** The statuses allowed; any below 500 when absent. */
  due?: readonly number[];
}

const NOT_FOUND = [400, 404] as const;
const TOO_LONG = [400, 404, 414, 431] as const;
const BAD_ESCAPES = [
  "%",
  "%%",
  "%G0",
  "%FF",
  "%C0%AF",
  "%E0%80%AF",
  "%ED%A0%80",
  "%F4%90%80%80",
  "%C3",
  "%E2%82",
  "%0",
  "%u202e",
  "%25%",
  "%%32%65",
  "%D8",
];
const CLIMBS = ["..", "%2e%2e", "%2E%2E", ".%2e", "..%2f", "..%5c", "%c0%ae%c0%ae", "....", "..;", "%252e%252e"];
const SECRETS = [
  "etc/passwd",
  "package.json",
  ".env",
  "next.config.ts",
  "content/authors/",
  "proc/self/environ",
  ".git/config",
];
const SEPARATORS = ["/", "%2f", "%2F", "%5c", "\\", "//", "/./"];
const FIXED_TRAVERSALS = [
  "/..",
  "/../../etc/passwd",
  "/.env",
  "/.git/config",
  "/package.json",
  "/next.config.ts",
  "/proxy.ts",
  "/content/news/psx-index-record-high.md",
  "/public/images/site-default.jpg",
  "/_next/static/../../../package.json",
  "/_next/static/..%2f..%2f..%2fpackage.json",
  "/_next/server/app/page.js",
  "/_next/image?url=/../../package.json&w=64&q=75",
  "/_next/image?url=file:///etc/passwd&w=64&q=75",
  "/_next/image?url=http://127.0.0.1:22/&w=64&q=75",
  "/_next/image?url=//evil.example/x.jpg&w=64&q=75",
  "//evil.example/",
  "/\\evil.example",
  "/%5c%5cevil.example",
  "/images/%2e%2e/%2e%2e/package.json",
];
const ODD_CHARS = [
  "ك",
  "ي",
  "ى",
  "ه",
  "ۃ",
  "\u064E",
  "\u0650",
  "\u064F",
  "\u0651",
  "\u200C",
  "\u200D",
  "\u200E",
  "\u200F",
  "\u202A",
  "\u202E",
  "\u2066",
  "\u2069",
  "\uFEFF",
  "\u2028",
  "\u2029",
  "\uFFFD",
  "\uFFFE",
  "\uFFFF",
  "\uE000",
  "\u{1F600}",
  "\u{1F468}\u200D\u{1F469}\u200D\u{1F467}",
  "\u0301\u0301\u0301",
  "Ａ",
  "۱۲۳",
  "١٢٣",
  "\u0000",
  "\u007F",
  "<",
  ">",
  '"',
  "'",
  "`",
  "{",
  "}",
  "|",
  "^",
  "~",
  "[",
  "]",
  " ",
  "#",
  "?",
  "&",
  "=",
  "+",
  ";",
  ",",
];
const METHODS = [
  "POST",
  "PUT",
  "DELETE",
  "PATCH",
  "OPTIONS",
  "TRACE",
  "PROPFIND",
  "MKCOL",
  "LOCK",
  "COPY",
  "MOVE",
  "PURGE",
  "SEARCH",
  "FOO",
  "get",
  "Get",
  "BREW",
  "M".repeat(100),
];
const QUERIES = [
  "page=-1",
  "page=0",
  "page=1.5",
  "page=1e9",
  "page=99999999999999999999",
  "page=NaN",
  "page=abc",
  "page=",
  "page=2&page=3",
  "page[]=1",
  "q[]=x&q[]=y",
  "q=<script>alert(1)</script>",
  "q=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
  "__proto__[x]=1",
  "constructor=1",
  "_rsc=1",
  "__nextDataReq=1",
  "%ZZ=1",
  "a=%",
  "&&&=",
  "q=%F0%9F",
  "q=%00",
  "q=%D8",
  "q=" + "%DA%A9".repeat(150),
  "q=" + "x".repeat(3000),
  "page=2&q=%FF",
];
const HEADER_SETS: Record<string, string>[] = [
  { RSC: "1" },
  { RSC: "1", "Next-Router-State-Tree": "garbage{" },
  { RSC: "1", "Next-Router-State-Tree": "%5B%22%22%2C%7B%7D%5D" },
  { "Next-Router-Prefetch": "1" },
  { "Next-Url": "/../../etc/passwd" },
  { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" },
  { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" },
  { "x-prerender-revalidate": "guess" },
  { "X-Forwarded-Host": "evil.example" },
  { "X-Forwarded-Proto": "javascript" },
  { Range: "bytes=0-1,5-9999999999" },
  { "If-None-Match": "*" },
  { Accept: "text/x-component" },
  { "Accept-Encoding": "br;q=9999, gzip;q=-1" },
  { "Next-Action": "0123456789abcdef" },
  { Cookie: "__prerender_bypass=x; __next_preview_data=y" },
];

function decodes(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

type Generator = (random: Random, route: string) => FuzzCase;

const GENERATORS: [count: number, generate: Generator][] = [
  [
    400,
    (random, route) => {
      const path = route.split("?")[0] ?? "/";
      const at = 1 + below(random, path.length);
      const bad = path.slice(0, at) + pick(random, BAD_ESCAPES) + path.slice(at);
      return { kind: "malformed encoding", method: "GET", target: bad, due: decodes(bad) ? undefined : NOT_FOUND };
    },
  ],
  [
    100,
    (random, route) => ({
      kind: "malformed query",
      method: "GET",
      target: `${route.split("?")[0]}?${pick(random, ["q", "page", "x"])}=${pick(random, BAD_ESCAPES)}`,
    }),
  ],
  [
    300,
    (random, route) => {
      if (random() < 0.2) return { kind: "traversal", method: "GET", target: pick(random, FIXED_TRAVERSALS) };
      const climbs = Array.from({ length: 1 + below(random, 6) }, () => pick(random, CLIMBS)).join(
        pick(random, SEPARATORS),
      );
      return {
        kind: "traversal",
        method: "GET",
        target: `${route.split("?")[0]}/${climbs}${pick(random, SEPARATORS)}${pick(random, SECRETS)}`,
      };
    },
  ],
  [
    150,
    (random, route) => {
      const size = pick(random, [1_000, 4_000, 8_000, 15_000, 17_000, 32_000, 64_000, 100_000]);
      const targets = [
        `/news/${"a".repeat(size)}`,
        `/${"a/".repeat(size / 2)}`,
        `/tags/${"%DA%A9".repeat(size / 6)}`,
        `/search?q=${"%DA%A9".repeat(size / 6)}`,
        `${route}?x=${"9".repeat(size)}`,
      ];
      const target = pick(random, targets);
      return { kind: "long", method: "GET", target, due: target.length > 16_000 ? TOO_LONG : undefined };
    },
  ],
  [
    350,
    (random, route) => {
      const text = Array.from({ length: 1 + below(random, 12) }, () => pick(random, ODD_CHARS)).join("");
      const targets = [
        `/tags/${encodeURIComponent(text)}`,
        `/search?q=${encodeURIComponent(text)}`,
        `/news/${encodeURIComponent(text)}`,
        `${route.split("?")[0]}${encodeURI(text)}`,
        `/authors/${encodeURIComponent(text)}`,
      ];
      return { kind: "odd unicode", method: "GET", target: pick(random, targets) };
    },
  ],
  [
    100,
    (random, route) => {
      // Bytes sent as they are: control characters and raw UTF-8 in the request line.
      const raw = Buffer.from([pick(random, [below(random, 0x20), 0x7f, 0xd8, 0xa7, 0xff, 0xc0])]);
      const path = Buffer.from(route.split("?")[0] ?? "/");
      const at = 1 + below(random, path.length);
      return {
        kind: "raw bytes",
        method: "GET",
        target: Buffer.concat([path.subarray(0, at), raw, path.subarray(at)]),
      };
    },
  ],
  [
    100,
    (random, route) => {
      const control = pick(random, [
        "%0d%0aSet-Cookie:%20x=1",
        "%0d%0aX-Injected:%201",
        "%0aLocation:%20//evil.example",
        "%00",
        "%1b%5b31m",
        "%7f",
      ]);
      return { kind: "encoded control", method: "GET", target: `${route.split("?")[0]}${control}` };
    },
  ],
  [300, (random, route) => ({ kind: "method", method: pick(random, METHODS), target: route, due: [400, 404, 405] })],
  [
    250,
    (random, route) => ({ kind: "query", method: "GET", target: `${route.split("?")[0]}?${pick(random, QUERIES)}` }),
  ],
  [
    200,
    (random, route) => ({
      kind: "headers",
      method: pick(random, ["GET", "HEAD"]),
      target: route,
      headers: pick(random, HEADER_SETS),
    }),
  ],
];

/** Every case for these routes, in a fixed order for the seed. */
export function fuzzCases(routes: readonly string[], seed: number): FuzzCase[] {
  const random = seededRandom(seed);
  return GENERATORS.flatMap(([count, generate]) =>
    Array.from({ length: count }, () => generate(random, pick(random, routes))),
  );
}
