import { describe, expect, it } from "vitest";
import { sceneToSvg, splitColor, xmlEscape, type SvgScene } from "./svg";

const scene: SvgScene = {
  width: 400,
  height: 300,
  background: "#fbfcfd",
  font: 'system-ui, "Noto Sans CJK SC"',
  fontSize: 12,
  fontWeight: "500",
  title: "Entente 0.1.0",
  description: "filters: <none> & all",
  nodes: [
    { key: "country:RUS", x: 100, y: 100, r: 7, color: "#2b4c7e", label: "Russia", labelColor: "#1c2430" },
    { key: "country:JPN", x: 300, y: 100, r: 5, color: "#cfd6e1", label: null, labelColor: "#a9b1bd" },
  ],
  edges: [
    {
      key: "RUS-JPN-opposes-1896",
      x1: 100,
      y1: 100,
      x2: 300,
      y2: 100,
      control: null,
      color: "#dc3b3bd9",
      width: 2,
      arrowTo: 5,
    },
    {
      key: "ally",
      x1: 100,
      y1: 100,
      x2: 300,
      y2: 100,
      control: { x: 200, y: 60 },
      color: "#1f9d55",
      width: 1.5,
      arrowTo: null,
    },
  ],
};

describe("sceneToSvg", () => {
  const svg = sceneToSvg(scene);

  it("is a standalone SVG of the scene's size with title and escaped description", () => {
    expect(svg).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="400" height="300" viewBox="0 0 400 300">/,
    );
    expect(svg).toContain("<title>Entente 0.1.0</title>");
    expect(svg).toContain("<desc>filters: &lt;none&gt; &amp; all</desc>");
    expect(svg).toContain('<rect width="100%" height="100%" fill="#fbfcfd"/>');
  });

  it("draws one circle per node and a label only where one is shown", () => {
    expect(svg.match(/<circle /g)).toHaveLength(2);
    expect(svg).toContain('<circle data-key="country:RUS" cx="100" cy="100" r="7" fill="#2b4c7e"/>');
    expect(svg.match(/<text /g)).toHaveLength(1);
    expect(svg).toContain('<text x="110" y="104" fill="#1c2430">Russia</text>');
    expect(svg).toContain('font-family="system-ui, &quot;Noto Sans CJK SC&quot;"');
  });

  it("draws straight and curved edges, with an arrow head stopping at the target's rim", () => {
    expect(svg).toContain('d="M100 100L300 100" stroke="#dc3b3b" stroke-opacity="0.851" stroke-width="2"');
    expect(svg).toContain('d="M100 100Q200 60 300 100" stroke="#1f9d55" stroke-width="1.5"');
    // Tip at x = 300 − 5 (rim), 8 px long, 4 px half-width.
    expect(svg).toContain('<path d="M295 100L287 104L287 96Z" fill="#dc3b3b" fill-opacity="0.851"/>');
  });

  it.each([
    ["#1f9d55", { rgb: "#1f9d55", opacity: null }],
    ["#dfe4ea55", { rgb: "#dfe4ea", opacity: 0.333 }],
    ["rgba(0,0,0,0.5)", { rgb: "rgba(0,0,0,0.5)", opacity: null }],
  ])("splits %s", (c, want) => expect(splitColor(c)).toEqual(want));

  it("escapes markup", () => {
    expect(xmlEscape(`<img src=x onerror="a">&`)).toBe("&lt;img src=x onerror=&quot;a&quot;&gt;&amp;");
  });
});
