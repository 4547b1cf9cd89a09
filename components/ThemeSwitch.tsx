interface ThemeSwitchProps {
  label: string;
}

/**
 * A toggle for the dark theme. The site's script (public/site.js) makes it
 * work and sets aria-pressed; without scripting it is hidden, since it could
 * not work, and the theme follows the system setting (styles/globals.css).
 */
export function ThemeSwitch({ label }: ThemeSwitchProps) {
  return (
    <button
      type="button"
      data-theme-switch=""
      className="flex items-center gap-2 rounded-full border border-line px-3 py-[0.25em] text-sm text-ink hover:bg-brand-light aria-pressed:bg-brand aria-pressed:text-brand-contrast [@media(scripting:none)]:hidden"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-4 fill-current">
        <path d="M21 14.5A9 9 0 0 1 9.5 3a9 9 0 1 0 11.5 11.5Z" />
      </svg>
      {/* Icon only on a phone, so the switch fits beside the site's name. */}
      <span className="max-sm:sr-only">{label}</span>
    </button>
  );
}
