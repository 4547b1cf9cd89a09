import type { Category } from "@/lib/content";
import { site } from "@/lib/site";
import { t } from "@/lib/urdu/strings";

interface SiteFooterProps {
  categories: readonly Category[];
  /** The year in Karachi when the page was rendered. */
  year: string;
}

/** The footer: what the site is, its sections, and the year. */
export function SiteFooter({ categories, year }: SiteFooterProps) {
  return (
    <footer className="mt-12 border-t-4 border-brand bg-surface-raised text-ink">
      <div className="mx-auto grid max-w-page gap-6 px-4 py-8 sm:grid-cols-2">
        <div>
          <p className="text-2xl font-bold text-brand">{site.name}</p>
          <p className="mt-2">{t.footerAbout}</p>
        </div>
        <nav aria-label={t.footerSections}>
          <h2 className="text-lg text-ink">{t.footerSections}</h2>
          <ul className="mt-2 flex flex-wrap gap-x-4">
            {categories.map((category) => (
              <li key={category.key}>
                <a href={category.path} className="text-brand underline">
                  {category.name}
                </a>
              </li>
            ))}
            <li>
              <a href="/latest" className="text-brand underline">
                {t.latest}
              </a>
            </li>
            <li>
              <a href="/corrections" className="text-brand underline">
                {t.corrections}
              </a>
            </li>
          </ul>
        </nav>
      </div>
      <p className="border-t border-line py-3 text-center text-sm text-ink-muted">
        © <bdi>{year}</bdi> {site.name}۔ {t.rights}۔
      </p>
    </footer>
  );
}
