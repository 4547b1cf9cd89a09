/**
 * Runs before first paint so a stored choice never flashes the other theme.
 * Without a stored choice, CSS follows prefers-color-scheme on its own.
 * Its own module because every page's CSP names it by its hash (lib/http/security-headers.ts).
 */
export const THEME_SCRIPT = `try{var t=localStorage.getItem("theme");if(t==="dark"||t==="light")document.documentElement.dataset.theme=t}catch(e){}`;
