// @ts-check
/**
 * The site's one script, loaded with `defer` by every page: the theme
 * switch, copy link, and the video player on tap. No framework: every page
 * is whole without it (components/ThemeSwitch, CopyLink and VideoFacade say
 * what each does then), and this only adds to it. Typed by tsc (checkJs).
 */
(() => {
  const root = document.documentElement;
  const THEME_KEY = "theme";
  const systemDark = matchMedia("(prefers-color-scheme: dark)");

  /** The theme on screen: the reader's choice (set before first paint by the head's snippet), else the system's. */
  const shownTheme = () => {
    const chosen = root.dataset.theme;
    if (chosen === "dark" || chosen === "light") return chosen;
    return systemDark.matches ? "dark" : "light";
  };

  const switches = document.querySelectorAll("[data-theme-switch]");
  const markSwitches = () =>
    switches.forEach((button) => button.setAttribute("aria-pressed", String(shownTheme() === "dark")));

  /** @param {"dark" | "light"} theme */
  const chooseTheme = (theme) => {
    try {
      // Choosing what the system already shows means "follow the system" again.
      if (theme === (systemDark.matches ? "dark" : "light")) {
        localStorage.removeItem(THEME_KEY);
        delete root.dataset.theme;
      } else {
        localStorage.setItem(THEME_KEY, theme);
        root.dataset.theme = theme;
      }
    } catch {
      root.dataset.theme = theme; // storage blocked: the choice lasts for this page
    }
    markSwitches();
  };

  switches.forEach((button) =>
    button.addEventListener("click", () => chooseTheme(shownTheme() === "dark" ? "light" : "dark")),
  );
  systemDark.addEventListener("change", markSwitches);
  markSwitches();

  /** @param {HTMLAnchorElement} link */
  const copyLink = (link) => {
    const done = link.dataset.doneLabel ?? "";
    navigator.clipboard.writeText(link.href).then(
      () => {
        link.setAttribute("aria-label", done);
        link.title = done;
        const status = link.querySelector("[role=status]");
        if (status) status.textContent = done;
      },
      () => {
        // Clipboard refused (permission, an old browser): the link still holds the address to long-press.
      },
    );
  };

  /** @param {HTMLAnchorElement} facade */
  const playVideo = (facade) => {
    const frame = document.createElement("iframe");
    frame.src = `https://www.youtube-nocookie.com/embed/${encodeURIComponent(facade.dataset.videoFacade ?? "")}?autoplay=1&rel=0`;
    frame.title = facade.dataset.title ?? "";
    frame.allow = "autoplay; encrypted-media; picture-in-picture; fullscreen";
    frame.allowFullscreen = true;
    frame.className = "aspect-video w-full rounded";
    facade.replaceWith(frame);
  };

  /**
   * A live page: every 30 s while the tab is in view, the page is asked
   * for again (its cache life is 15 s) and what is newer than the newest
   * update shown waits behind a "N نئی اپ ڈیٹس" button, fixed at the foot
   * of the screen so nothing the reader is reading moves; a tap puts the
   * new updates at the top of the list and goes to them.
   */
  const live = document.querySelector("[data-live-updates=on]");
  const list = live?.querySelector("[data-live-list]");
  if (live instanceof HTMLElement && list) {
    const newest = () =>
      Math.max(
        0,
        ...[...list.querySelectorAll("[data-live-update]")].map((el) => Number(el.getAttribute("data-live-update"))),
      );
    const button = document.createElement("button");
    button.type = "button";
    button.hidden = true;
    button.className =
      "fixed inset-x-0 bottom-4 z-40 mx-auto w-fit rounded-full bg-alert px-5 py-2 font-bold text-alert-contrast shadow-lg";
    document.body.append(button);
    /** @type {Element[]} */
    let waiting = [];
    /** @type {Element | null} */
    let last = null;
    const poll = async () => {
      if (document.hidden) return;
      const response = await fetch(location.pathname, { cache: "no-cache" });
      if (!response.ok) return;
      const fetched = new DOMParser().parseFromString(await response.text(), "text/html");
      const shown = newest();
      waiting = [...fetched.querySelectorAll("[data-live-list] > li")].filter(
        (item) => Number(item.querySelector("[data-live-update]")?.getAttribute("data-live-update")) > shown,
      );
      last = fetched.querySelector("[data-live-last]");
      button.textContent = `${waiting.length} ${live.dataset.newLabel ?? ""}`;
      button.hidden = waiting.length === 0;
    };
    button.addEventListener("click", () => {
      const first = waiting[0];
      list.prepend(...waiting.map((item) => document.importNode(item, true)));
      const shownLast = live.querySelector("[data-live-last]");
      if (last && shownLast) shownLast.replaceWith(document.importNode(last, true));
      waiting = [];
      button.hidden = true;
      const id = first?.querySelector("[data-live-update]")?.id;
      if (id) document.getElementById(id)?.scrollIntoView();
    });
    setInterval(() => void poll().catch(() => {}), 30_000);
  }

  document.addEventListener("click", (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const copy = target?.closest("a[data-copy-link]");
    if (copy instanceof HTMLAnchorElement && navigator.clipboard) {
      event.preventDefault();
      copyLink(copy);
      return;
    }
    const facade = target?.closest("a[data-video-facade]");
    if (facade instanceof HTMLAnchorElement) {
      event.preventDefault();
      playVideo(facade);
    }
  });
})();
