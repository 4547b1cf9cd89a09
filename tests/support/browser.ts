import type { Page } from "@playwright/test";

/**
 * Text elements whose content is taller than their box, or that clamp
 * lines: either clips or collides tall Nastaliq letters.
 */
export async function clippedText(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((elements) =>
    elements
      .filter((el) => {
        const style = getComputedStyle(el);
        const clamped = Boolean(style.webkitLineClamp) && style.webkitLineClamp !== "none";
        return el.scrollHeight > el.clientHeight + 1 || clamped;
      })
      .map(
        (el) =>
          `${el.tagName.toLowerCase()} ${el.scrollHeight}>${el.clientHeight}: ${(el.textContent ?? "").slice(0, 40)}`,
      ),
  );
}

/** Records requests to origins other than the page's own. */
export function foreignRequests(page: Page, origin: string): string[] {
  const seen: string[] = [];
  page.on("request", (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith("data:")) seen.push(request.url());
  });
  return seen;
}
