/**
 * The content index: built once per process from content/, then every
 * page asks it. Pages never read the disk and never see front matter.
 *
 * "Published" is judged when a page asks, not when the index is built: a
 * story dated in the future stands nowhere until its time comes, and then
 * appears in the same process with no rebuild (pages revalidate; see
 * app/layout.tsx).
 */
import { keepServing, servingBuild } from "./faults";
import { contentStamp, defaultSource, loadContent, type ContentSource } from "./load";
import { formatProblem } from "./problems";
import type { Author, Category, Story, StoryKind } from "./types";
import { makeView, newestFirst, type View } from "./view";

export type { Author, Category, Story, StoryKind, StoryImage, ContentProblem } from "./types";

export class ContentError extends Error {
  constructor(readonly lines: string[]) {
    super(`The content has ${lines.length} problem(s):\n${lines.join("\n")}`);
    this.name = "ContentError";
  }
}

export interface ContentIndex {
  /**
   * Published stories of every kind, newest first: no drafts, none dated
   * after now. The same array until that set changes, so a cache built
   * from it (the search index) can be keyed by it.
   */
  readonly stories: readonly Story[];
  readonly categories: readonly Category[];
  readonly authors: readonly Author[];
  story(kind: StoryKind, slug: string): Story | undefined;
  byKind(kind: StoryKind): readonly Story[];
  byCategory(key: string): readonly Story[];
  byTag(tag: string): readonly Story[];
  byAuthor(key: string): readonly Story[];
  category(key: string): Category | undefined;
  author(key: string): Author | undefined;
  /** The story's "یہ بھی پڑھیں" links: its own `related`, else up to two chosen by shared tags and category. */
  related(story: Story): readonly Story[];
  /** The newest stories, optionally of one kind, leaving some out. */
  latest(count: number, options?: { kind?: StoryKind; exclude?: Story }): readonly Story[];
  /** Stories (not drafts) dated after now, soonest first. */
  scheduled(): readonly Story[];
  /** A draft or scheduled story of this kind, for its preview page: only in an index built with `preview`. */
  preview(kind: StoryKind, slug: string): Story | undefined;
}

export interface IndexOptions {
  /** The clock that decides what is published; tests pass a fixed one. */
  now?: () => Date;
  /** Under `next dev`: drafts and scheduled stories get their page (with a banner), though no list shows them. */
  preview?: boolean;
}

export function buildIndex(
  all: readonly Story[],
  categories: readonly Category[],
  authors: readonly Author[],
  options: IndexOptions = {},
): ContentIndex {
  const now = options.now ?? (() => new Date());
  const dated = all.filter((story) => !story.draft).sort(newestFirst);
  const everything = new Map(all.map((story) => [story.slug, story]));
  const categoryMap = new Map(categories.map((c) => [c.key, c]));
  const authorMap = new Map(authors.map((a) => [a.key, a]));

  // Newest first, so the stories still to come lead the list and the published
  // ones are the rest. The view is rebuilt only when a story's time comes.
  let memo: { cut: number; view: View } | undefined;
  const published = (): { cut: number; view: View } => {
    const at = now().getTime();
    let cut = 0;
    while ((dated[cut]?.date.getTime() ?? -Infinity) > at) cut++;
    if (memo?.cut !== cut) memo = { cut, view: makeView(dated.slice(cut)) };
    return memo;
  };
  const view = () => published().view;

  return {
    get stories() {
      return view().stories;
    },
    categories,
    authors,
    story: (kind, slug) => {
      const story = view().bySlug.get(slug);
      return story?.kind === kind ? story : undefined;
    },
    byKind: (kind) => view().byKind.get(kind) ?? [],
    byCategory: (key) => view().byCategory.get(key) ?? [],
    byTag: (tag) => view().tagged(tag),
    byAuthor: (key) => view().byAuthor.get(key) ?? [],
    category: (key) => categoryMap.get(key),
    author: (key) => authorMap.get(key),
    related: (story) => view().related(story),
    latest: (count, { kind, exclude } = {}) => {
      const pool = kind ? (view().byKind.get(kind) ?? []) : view().stories;
      return pool.filter((s) => s !== exclude).slice(0, count);
    },
    scheduled: () => dated.slice(0, published().cut).reverse(),
    preview: (kind, slug) => {
      const story = options.preview ? everything.get(slug) : undefined;
      return story?.kind === kind ? story : undefined;
    },
  };
}

const PREVIEW = process.env.NODE_ENV === "development";
// One index per process: the production server bundles each route (and
// instrumentation.ts) with its own copy of this module, so the index lives on
// globalThis. Under next dev it stays with the module, so edited code rebuilds it.
type Holder = { __khabarnamaContent?: { index: ContentIndex; stamp: string; checkedAt: number } };
const holder: Holder = PREVIEW ? {} : (globalThis as Holder);

/** The cached index while it is current: under next dev an editor's saved change shows on the next reload. */
function cachedIfCurrent(source: ContentSource): ContentIndex | undefined {
  const cached = holder.__khabarnamaContent;
  if (!cached) return undefined;
  if (!PREVIEW || Date.now() - cached.checkedAt < 1000) return cached.index;
  cached.checkedAt = Date.now();
  return contentStamp(source) === cached.stamp ? cached.index : undefined;
}

/**
 * The index of content/, built on first use; bad content throws with every
 * problem listed, except in a running production server, which keeps
 * serving what is still good (faults.ts). Drafts and scheduled stories have
 * preview pages only under `next dev`, never in a production build.
 */
export function getContentIndex(source: ContentSource = defaultSource()): ContentIndex {
  const ready = cachedIfCurrent(source);
  if (ready) return ready;
  const stamp = PREVIEW ? contentStamp(source) : "";
  const loaded = loadContent(source);
  const errors = loaded.problems.filter((p) => p.severity === "error");
  if (errors.length > 0 && !servingBuild()) throw new ContentError(errors.map(formatProblem));
  const built = buildIndex(loaded.stories, loaded.categories, loaded.authors, { preview: PREVIEW });
  const index = errors.length > 0 ? keepServing(built, errors) : built;
  holder.__khabarnamaContent = { index, stamp, checkedAt: Date.now() };
  return index;
}
