/**
 * Search over every published story: a MiniSearch index whose tokenizer is
 * the site's Urdu normaliser (for stories and queries alike), ranked by
 * rank.ts, built once per process from the content index.
 */
import MiniSearch from "minisearch";
import { getContentIndex, type ContentIndex, type Story, type StoryTeaser } from "@/lib/content";
import { markdownToText } from "@/lib/markdown/render";
import { excerpt, hasMark, highlight, type Segment } from "./highlight";
import { compareRanked, FIELDS, rankKey, type MatchInfo, type RankKey } from "./rank";
import { indexTerms, matchesAsPrefix, queryTerms } from "./tokenize";

export type { Segment } from "./highlight";

export const RESULTS_PER_PAGE = 10;

export interface SearchHit {
  story: StoryTeaser;
  title: Segment[];
  summary: Segment[];
  /** Words around the match in the body, when neither title nor summary shows one. */
  excerpt: Segment[] | null;
}

export interface SearchResults {
  /** Every matching story, best first; `page` is one slice of it. */
  total: number;
  pageCount: number;
  page: number;
  hits: SearchHit[];
}

export interface SearchIndex {
  /** Page numbers start at 1; a page past the last has no hits. */
  search(query: string, page?: number): SearchResults;
}

interface Ranked {
  story: Story;
  key: RankKey;
  match: MatchInfo;
}

interface Doc {
  id: string;
  title: string;
  tags: string;
  summary: string;
  body: string;
}

/** What a story is searched by; the body is its text without Markdown. */
function searchDoc(story: Story): Doc {
  return {
    id: story.slug,
    title: story.title,
    // A comma, not a space: the normaliser would join two tags like کر and دیا.
    tags: story.tags.join("، "),
    summary: story.summary,
    body: markdownToText(story.body),
  };
}

export function buildSearchIndex(all: readonly Story[]): SearchIndex {
  const stories = all.filter((story) => !story.draft);
  const bySlug = new Map(stories.map((story) => [story.slug, story]));
  const bodies = new Map<string, string>();
  const mini = new MiniSearch<Doc>({
    fields: [...FIELDS],
    tokenize: indexTerms,
    processTerm: (term) => term, // indexTerms has normalised it
    searchOptions: {
      tokenize: (query) => query.split(" "), // queryTerms has normalised it
      processTerm: (term) => term,
      prefix: matchesAsPrefix,
    },
  });
  for (const story of stories) {
    const doc = searchDoc(story);
    bodies.set(story.slug, doc.body);
    mini.add(doc);
  }

  return {
    search(query, page = 1) {
      const terms = queryTerms(query);
      if (terms.length === 0) return { total: 0, pageCount: 0, page, hits: [] };
      const text = terms.join(" ");
      // Stories with every word; failing that, with any of them (ranked by how many).
      let results = mini.search(text, { combineWith: "AND" });
      if (results.length === 0 && terms.length > 1) results = mini.search(text, { combineWith: "OR" });

      const ranked: Ranked[] = [];
      for (const result of results) {
        const story = bySlug.get(result.id as string);
        if (story) ranked.push({ story, key: rankKey(terms, result.match), match: result.match });
      }
      ranked.sort(compareRanked);

      const start = (page - 1) * RESULTS_PER_PAGE;
      const hits = ranked.slice(start, start + RESULTS_PER_PAGE).map(({ story, match }): SearchHit => {
        const matched = new Set(Object.keys(match));
        const title = highlight(story.title, matched);
        const summary = highlight(story.summary, matched);
        const shown = hasMark(title) || hasMark(summary);
        return { story, title, summary, excerpt: shown ? null : excerpt(bodies.get(story.slug) ?? "", matched) };
      });
      return { total: ranked.length, pageCount: Math.ceil(ranked.length / RESULTS_PER_PAGE), page, hits };
    },
  };
}

interface Held {
  version: string;
  index: SearchIndex;
}
// On globalThis for the reason lib/content/index.ts gives: the production
// server bundles each route and instrumentation.ts with its own copy of this
// module, and the index instrumentation.ts builds at start must be the one
// /search uses. Under next dev it stays with the module, so edits rebuild it.
const holder: { __khabarnamaSearch?: Held } = process.env.NODE_ENV === "development" ? {} : (globalThis as { __khabarnamaSearch?: Held });

/**
 * The index of every published story, built on first use (the production
 * server builds it as it starts) and kept until that set changes (a
 * scheduled story's time comes; an edit under next dev): the content index
 * keeps one array per set, so comparing it is cheap.
 */
export function getSearchIndex(content: ContentIndex = getContentIndex()): SearchIndex {
  const version = content.version();
  const held = holder.__khabarnamaSearch;
  if (held?.version === version) return held.index;
  const stories = content.list({ of: "all" }).stories.flatMap((teaser) => content.story(teaser.kind, teaser.slug) ?? []);
  const index = buildSearchIndex(stories);
  holder.__khabarnamaSearch = { version, index };
  return index;
}
