/**
 * Exports from the viewer: each format downloaded and validated — graph JSON against the schema
 * (and re-opened by the viewer and graphology), GEXF re-imported by graphology-gexf with time
 * intervals, GraphML, CSV columns and rows, PNG and SVG of the current picture — each carrying
 * the provenance (documents, version, filters).
 */
import { DOMParser } from "@xmldom/xmldom";
import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseGraphJson } from "../../extract/schema/graph";
import { pngSize, readPngText } from "../../src/export/pngText";
import { launchChromium } from "./chromium";
import { closeMenus, downloadOf, type Downloaded } from "./fixtures/issue5/steps";
import { EDGES_1890_1900 } from "./fixtures/small";
import { cameraStill, nextFrame, openViewer, pngPaintedShare, shot, typeEra, visibleEdges } from "./helpers";

let browser: Awaited<ReturnType<typeof launchChromium>>;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

const FIXTURE = "graph=fixtures/small.json";

async function exportFile(page: Page, id: string, scope: "view" | "graph" = "view"): Promise<Downloaded> {
  if (!(await page.getByTestId("export-panel").isVisible())) await page.getByTestId("export-button").click();
  await page
    .getByTestId("export-scope")
    .getByRole("radio", { name: scope === "view" ? "Current view" : "Whole graph" })
    .click();
  return downloadOf(page, () => page.getByTestId(`export-${id}`).click());
}

/** An era 1890–1900 view without undated edges: exactly the four 1896 edges. */
async function eraView(): Promise<Page> {
  const page = await openViewer(browser.context, FIXTURE);
  await typeEra(page, 1890, 1900);
  await page.getByTestId("toggle-undated").uncheck({ force: true });
  await nextFrame(page);
  expect((await visibleEdges(page)).sort()).toEqual([...EDGES_1890_1900].sort());
  return page;
}

/** RFC 4180 rows: quoted cells may hold commas, quotes ("") and line breaks. */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  return rows;
}

describe("exports", () => {
  it("graph JSON of the current view: valid, with provenance, re-opened by graphology and the viewer", async () => {
    const page = await eraView();
    await page.getByTestId("export-button").click();
    await shot(page, "exports-01-menu");
    const file = await exportFile(page, "json");
    expect(file.name).toBe("entente-view.json");
    const data = JSON.parse(file.text);
    const parsed = parseGraphJson(data);
    expect(parsed.ok).toBe(true);
    expect(data.edges.map((e: { key: string }) => e.key).sort()).toEqual([...EDGES_1890_1900].sort());
    expect(data.attributes.provenance).toMatchObject({
      generator: "entente",
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      documents: [{ id: "000_secret-treaty.txt" }],
      filters: { era: { from: 1890, to: 1900 }, undated: false },
    });
    // Layout positions travel with the nodes.
    expect(data.nodes.every((n: { attributes: { x?: number } }) => typeof n.attributes.x === "number")).toBe(true);
    const g = Graph.from(data);
    expect([g.order, g.size]).toEqual([4, 4]);
    await closeMenus(page);
    await page.close();

    // Re-opened by the viewer, at the exported positions.
    const reopen = await browser.context.newPage();
    await reopen.route("**/exported/view.json", (route) =>
      route.fulfill({ body: file.text, contentType: "application/json" }),
    );
    await reopen.goto(`${new URL(page.url()).origin}/?graph=exported/view.json`);
    await reopen.waitForFunction(() => window.__entente?.ready && window.__entente.renders > 0, null, {
      timeout: 60_000,
    });
    expect((await reopen.evaluate(() => window.__entente!.visibleEdges())).sort()).toEqual([...EDGES_1890_1900].sort());
    expect(await reopen.evaluate(() => window.__entente!.layoutRunning())).toBe(false);
    await shot(reopen, "exports-02-reopened");
    await reopen.close();
  });

  it("whole-graph JSON has every edge and records no view filters", async () => {
    const page = await eraView();
    const file = await exportFile(page, "json", "graph");
    expect(file.name).toBe("entente-graph.json");
    const data = JSON.parse(file.text);
    expect(parseGraphJson(data).ok).toBe(true);
    expect(data.edges).toHaveLength(16);
    expect(data.attributes.documents).toHaveLength(4);
    expect(data.attributes.provenance.filters).toBeNull();
    await page.close();
  });

  it("GEXF 1.3 re-imports with graphology-gexf, edges carrying time intervals", async () => {
    const page = await eraView();
    const file = await exportFile(page, "gexf");
    expect(file.name).toBe("entente-view.gexf");
    expect(file.text).toMatch(/<gexf version="1.3" xmlns="http:\/\/gexf.net\/1.3"/);
    expect(file.text).toMatch(/mode="dynamic" timeformat="date" timerepresentation="interval"/);
    expect(file.text).toMatch(/<edge id="RUS-JPN-opposes-1896"[^>]* start="1896-01-01" end="1896-12-31"/);
    expect(file.text).toContain("filters: {&quot;era&quot;:{&quot;from&quot;:1890,&quot;to&quot;:1900}");
    const g = parseGexf(Graph, file.text, { DOMParser } as never);
    expect([g.order, g.size]).toEqual([4, 4]);
    expect(g.getEdgeAttribute("RUS-CHN-ally-1896", "start")).toBe("1896");
    await page.close();
  });

  it("GraphML is well-formed with every node and edge of the view", async () => {
    const page = await eraView();
    const file = await exportFile(page, "graphml");
    expect(file.name).toBe("entente-view.graphml");
    const doc = new DOMParser().parseFromString(file.text, "application/xml");
    expect(doc.getElementsByTagName("node")).toHaveLength(4);
    expect(doc.getElementsByTagName("edge")).toHaveLength(4);
    expect(file.text).toContain("Exported by Entente");
    await page.close();
  });

  it.each([
    ["nodes.csv", "id:ID,kind:LABEL,label,labelEn,names:string[],country,role,year:int,lat:float,lng:float", 4],
    [
      "edges.csv",
      "id,source:START_ID,target:END_ID,relation:TYPE,directed:boolean,start,end,periods:string[],confidence:float,claims:int",
      4,
    ],
    [
      "claims.csv",
      "edge,source,target,type,doc,quote,start,end,offset_start,offset_end,trigger,lang,future:boolean",
      4,
    ],
    ["documents.csv", "id,title,published,publishedSource,lang", 1],
  ])("%s has its columns and one row per item of the view", async (id, header, rows) => {
    const page = await eraView();
    const file = await exportFile(page, id);
    expect(file.name).toBe(`entente-view-${id}`);
    const table = csvRows(file.text);
    expect(table[0].join(",")).toBe(header);
    expect(table).toHaveLength(rows + 1);
    expect(table.slice(1).every((r) => r.length === table[0].length)).toBe(true);
    await page.close();
  });

  it("provenance.json names the documents, version and filters of a CSV export", async () => {
    const page = await eraView();
    const file = await exportFile(page, "provenance.json");
    expect(JSON.parse(file.text)).toMatchObject({
      generator: "entente",
      documents: [{ id: "000_secret-treaty.txt" }],
      filters: { era: { from: 1890, to: 1900 } },
    });
    await page.close();
  });

  it("PNG of the current picture: canvas-sized, not blank, with provenance", async () => {
    const page = await openViewer(browser.context, FIXTURE);
    await cameraStill(page);
    const file = await exportFile(page, "png");
    expect(file.name).toBe("entente-view.png");
    const box = (await page.locator(".graph-canvas").boundingBox())!;
    expect(pngSize(new Uint8Array(file.bytes))).toEqual({
      width: Math.round(box.width),
      height: Math.round(box.height),
    });
    const meta = readPngText(new Uint8Array(file.bytes));
    expect(meta.Software).toMatch(/^Entente /);
    expect(JSON.parse(meta.Provenance).documents).toHaveLength(4);
    // Share of pixels that differ from the background (#fbfcfd), decoded in the browser.
    const painted = await pngPaintedShare(page, file.bytes, [251, 252, 253]);
    expect(painted).toBeGreaterThan(0.01);
    await closeMenus(page);
    await writeAndShow(page, file, "exports-03-png");
    await page.close();
  });

  it("SVG of the current picture: one circle per drawn node, edges, labels and provenance", async () => {
    const page = await openViewer(browser.context, FIXTURE);
    await cameraStill(page);
    const file = await exportFile(page, "svg");
    expect(file.name).toBe("entente-view.svg");
    const doc = new DOMParser().parseFromString(file.text, "image/svg+xml");
    const nodes = await page.evaluate(() => window.__entente!.visibleNodes());
    const circles = Array.from({ length: doc.getElementsByTagName("circle").length }, (_, i) =>
      doc.getElementsByTagName("circle")[i].getAttribute("data-key"),
    );
    expect(circles.sort()).toEqual(nodes.sort());
    const edges = Array.from(doc.getElementsByTagName("path"))
      .map((p) => p.getAttribute("data-key"))
      .filter((k): k is string => Boolean(k));
    expect(edges.sort()).toEqual((await visibleEdges(page)).sort());
    expect(doc.getElementsByTagName("text").length).toBeGreaterThan(0);
    expect(file.text).toContain("<desc>Exported by Entente");
    await closeMenus(page);
    await writeAndShow(page, file, "exports-04-svg");
    await page.close();
  });
});

/** Shows an exported picture full-page and screenshots it, to look at. */
async function writeAndShow(page: Page, file: Downloaded, name: string): Promise<void> {
  const view = await page.context().newPage();
  const type = file.name.endsWith(".svg") ? "image/svg+xml" : "image/png";
  await view.setContent(
    `<body style="margin:0;background:#888"><img src="data:${type};base64,${file.bytes.toString("base64")}"></body>`,
  );
  await view.locator("img").evaluate((img: HTMLImageElement) => img.decode());
  await shot(view, name);
  await view.close();
}
