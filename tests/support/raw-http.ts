/**
 * HTTP/1.1 over a bare socket: fetch and Node's http client refuse to send
 * the malformed request lines a fuzz test is for (control characters, bad
 * methods, 100 kB paths), so this writes them as they are.
 */
import net from "node:net";

export interface RawResponse {
  /** 0 when the server closed the connection without answering. */
  status: number;
  headers: Map<string, string[]>;
  body: string;
}

function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  while (at < body.length) {
    const lineEnd = body.indexOf("\r\n", at);
    if (lineEnd < 0) break;
    const size = parseInt(body.subarray(at, lineEnd).toString("latin1"), 16);
    if (!size) break;
    parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

function parse(raw: Buffer): RawResponse {
  const headEnd = raw.indexOf("\r\n\r\n");
  if (headEnd < 0) return { status: 0, headers: new Map(), body: raw.toString("utf8") };
  const [statusLine = "", ...lines] = raw.subarray(0, headEnd).toString("latin1").split("\r\n");
  const headers = new Map<string, string[]>();
  for (const line of lines) {
    const colon = line.indexOf(":");
    const name = line.slice(0, colon).trim().toLowerCase();
    headers.set(name, [...(headers.get(name) ?? []), line.slice(colon + 1).trim()]);
  }
  const rest = raw.subarray(headEnd + 4);
  const body = headers.get("transfer-encoding")?.includes("chunked") ? dechunk(rest) : rest;
  return { status: Number(statusLine.split(" ")[1] ?? 0), headers, body: body.toString("utf8") };
}

/** Sends one request with `Connection: close` and reads the whole answer. */
export function rawRequest(
  port: number,
  method: string,
  target: string | Buffer,
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = net.connect({ host: "127.0.0.1", port });
    const lines = Object.entries({ Host: `127.0.0.1:${port}`, Connection: "close", ...headers }).map(
      ([k, v]) => `${k}: ${v}\r\n`,
    );
    socket.setTimeout(30_000, () =>
      socket.destroy(new Error(`no answer in 30 s to ${method} ${String(target).slice(0, 200)}`)),
    );
    socket.on("connect", () => {
      socket.write(
        Buffer.concat([
          Buffer.from(`${method} `, "latin1"),
          Buffer.isBuffer(target) ? target : Buffer.from(target, "utf8"),
          Buffer.from(` HTTP/1.1\r\n${lines.join("")}\r\n`, "latin1"),
        ]),
      );
    });
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    // The server may answer (431, 400) and close before reading all we sent: the answer still counts.
    socket.on("error", (error: NodeJS.ErrnoException) =>
      error.code === "EPIPE" || error.code === "ECONNRESET" ? undefined : reject(error),
    );
    socket.on("close", () => resolve(parse(Buffer.concat(chunks))));
  });
}
