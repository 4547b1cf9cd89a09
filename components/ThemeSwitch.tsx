"use client";
// A client component because only the browser knows the reader's setting and
// can store a choice. The first paint is already right: the inline script in
// app/layout.tsx sets data-theme before anything shows.
import { useSyncExternalStore } from "react";

type Theme = "light" | "dark";
const STORAGE_KEY = "theme";
const DARK_QUERY = "(prefers-color-scheme: dark)";
const listeners = new Set<() => void>();

function systemTheme(): Theme {
  return matchMedia(DARK_QUERY).matches ? "dark" : "light";
}

function shownTheme(): Theme {
  const chosen = document.documentElement.dataset.theme;
  return chosen === "dark" || chosen === "light" ? chosen : systemTheme();
}

function subscribe(onChange: () => void): () => void {
  const media = matchMedia(DARK_QUERY);
  listeners.add(onChange);
  media.addEventListener("change", onChange);
  return () => {
    listeners.delete(onChange);
    media.removeEventListener("change", onChange);
  };
}

function choose(theme: Theme): void {
  const root = document.documentElement;
  try {
    // Choosing what the system already shows means "follow the system" again.
    if (theme === systemTheme()) {
      localStorage.removeItem(STORAGE_KEY);
      delete root.dataset.theme;
    } else {
      localStorage.setItem(STORAGE_KEY, theme);
      root.dataset.theme = theme;
    }
  } catch {
    root.dataset.theme = theme; // storage blocked: the choice lasts for this page
  }
  listeners.forEach((listener) => listener());
}

interface ThemeSwitchProps {
  label: string;
}

/** A toggle for the dark theme; hidden where scripting is off, since it could not work there. */
export function ThemeSwitch({ label }: ThemeSwitchProps) {
  // The server cannot know the theme, so the pressed state appears once hydrated.
  const theme = useSyncExternalStore(subscribe, shownTheme, () => null);
  return (
    <button
      type="button"
      aria-pressed={theme === null ? undefined : theme === "dark"}
      onClick={() => choose(shownTheme() === "dark" ? "light" : "dark")}
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
