import type { Page } from "@playwright/test";

declare global {
  interface Window {
    __violations?: string[];
  }
}

/**
 * Records what the browser refused or complained about under the page's
 * policies: securitypolicyviolation events (the exact directive) and console
 * messages about CSP or Permissions-Policy (an unknown feature is only a
 * console error). Call before the first goto.
 */
export async function watchPolicies(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to|Permissions-Policy|Permissions policy/i.test(message.text()))
      console.push(message.text());
  });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      window.__violations?.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || "inline"} (${event.sample})`,
      );
    });
  });
  return async () => [...console, ...(await page.evaluate(() => window.__violations ?? []).catch(() => []))];
}
