/**
 * TRACE never reaches proxy.ts: Next turns every request into a fetch
 * Request first, which cannot carry TRACE, and answers 500. So the HTTP
 * server of `next start` answers TRACE itself, with the 405 that proxy.ts
 * gives every other method the site has no use for.
 */
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import { securityHeaderRules } from "./security-headers";

export function refuseTrace(siteUrl: string): void {
  const headers = Object.fromEntries((securityHeaderRules(siteUrl)[0]?.headers ?? []).map((h) => [h.key, h.value]));
  // eslint-disable-next-line @typescript-eslint/unbound-method -- applied below with the server as this
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    const [request, response] = args as [IncomingMessage, ServerResponse];
    if (event === "request" && request.method === "TRACE") {
      response.writeHead(405, { ...headers, Allow: "GET, HEAD" }).end();
      return true;
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
}
