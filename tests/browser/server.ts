/**
 * A tiny static server (node:http) for browser tests and benchmarks: serves a directory (the built
 * `dist/`) plus in-memory routes (fixture graphs), on 127.0.0.1 with a free port.
 *
 * @example
 * const server = await startStaticServer("dist", { "/fixtures/small.json": JSON.stringify(graph) });
 * await page.goto(`${server.url}/?graph=fixtures/small.json`);
 * await server.close();
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
};

/** A route body, or a file path to stream (read at request time, so it may appear later). */
export type Route = string | Uint8Array | { file: string };

export interface StaticServer {
  url: string;
  setRoute(path: string, body: Route): void;
  close(): Promise<void>;
}

export async function startStaticServer(root: string, routes: Record<string, Route> = {}): Promise<StaticServer> {
  const base = resolve(root);
  const table = new Map(Object.entries(routes));
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const route = table.get(path);
    const type = TYPES[extname(path)] ?? "application/octet-stream";
    try {
      if (route !== undefined && (typeof route === "string" || route instanceof Uint8Array)) {
        res.writeHead(200, { "content-type": type, "cache-control": "no-store", "access-control-allow-origin": "*" });
        res.end(route);
        return;
      }
      const file =
        route !== undefined
          ? resolve(route.file)
          : normalize(join(base, path.endsWith("/") ? `${path}index.html` : path));
      if (route === undefined && file !== base && !file.startsWith(base + sep)) throw new Error("outside root");
      const info = await stat(file);
      if (!info.isFile()) throw new Error("not a file");
      res.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? type,
        "content-length": info.size,
        "cache-control": "no-store",
        "access-control-allow-origin": "*",
      });
      createReadStream(file).pipe(res);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end(`not found: ${path}`);
    }
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    setRoute: (path, body) => table.set(path, body),
    close: () => new Promise((ok, fail) => server.close((e) => (e ? fail(e) : ok()))),
  };
}
