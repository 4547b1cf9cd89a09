import type { Category } from "@/lib/content";
import type { MenuMark } from "@/lib/pages/menu";
import { site } from "@/lib/site";
import { t } from "@/lib/urdu/strings";
import { SearchBox } from "./SearchBox";
import { ThemeSwitch } from "./ThemeSwitch";

interface SiteHeaderProps {
  categories: readonly Category[];
  active?: MenuMark;
}

/**
 * The masthead and the section menu. Each page passes the item it belongs to,
 * so the mark is in the served HTML and needs no JavaScript.
 */
export function SiteHeader({ categories, active }: SiteHeaderProps) {
  const items = [
    { href: "/", name: t.home },
    { href: "/latest", name: t.latest },
    ...categories.map((c) => ({ href: c.path, name: c.name })),
    { href: "/videos", name: t.videos },
    { href: "/columns", name: t.columns },
  ];
  return (
    <header className="border-b-4 border-brand bg-surface">
      <div className="mx-auto flex max-w-page flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 pt-3">
        <div className="flex flex-wrap items-baseline gap-x-4">
          <a
            href="/"
            className="py-[0.3em] text-4xl font-bold text-brand no-underline"
            aria-label={`${site.name}: ${t.home}`}
          >
            {site.name}
          </a>
          <p className="text-sm text-ink-muted">{site.tagline}</p>
        </div>
        {/* On a phone the search box takes its own row below the name and the theme switch. */}
        <SearchBox id="site-search" className="order-last w-full sm:order-none sm:w-72" />
        <ThemeSwitch label={t.darkTheme} />
      </div>
      <nav aria-label={t.mainMenu} className="mx-auto max-w-page px-2">
        {/*
          Scrolls sideways on a phone rather than wrapping into a tall block; the padding leaves Nastaliq room.
          Items are at least 5em wide, wider than most names in either font, so the row barely moves when
          Nastaliq replaces the fallback font (it moved 30px, most of a story page's layout shift).
        */}
        <ul className="flex gap-1 overflow-x-auto py-2 text-lg whitespace-nowrap">
          {items.map((item) => {
            const current = active?.href === item.href ? active.current : undefined;
            return (
              <li key={item.href}>
                <a
                  href={item.href}
                  aria-current={current}
                  className="block min-w-[5em] rounded px-3 py-[0.25em] text-center text-ink no-underline hover:bg-brand-light aria-[current=page]:bg-brand aria-[current=page]:text-brand-contrast aria-[current=true]:bg-brand-light aria-[current=true]:text-brand"
                >
                  {item.name}
                </a>
              </li>
            );
          })}
        </ul>
      </nav>
    </header>
  );
}
