import { describe, expect, it } from "vitest";
import { pngSize, readPngText, withPngText } from "./pngText";

// A 2×1 PNG (RGBA), as a browser's canvas.toBlob writes it.
const PNG = Uint8Array.from(
  atob("iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAADklEQVR4nGP4z8AAQv8BD/kD/YURmXYAAAAASUVORK5CYII="),
  (c) => c.charCodeAt(0),
);

describe("PNG text chunks", () => {
  it("reads the size of a PNG", () => {
    expect(pngSize(PNG)).toEqual({ width: 2, height: 1 });
  });

  it("writes UTF-8 provenance and reads it back; the image data is unchanged", () => {
    const meta = { Software: "Entente 0.1.0", Description: "Exported from 1 documents (中俄密约.txt)" };
    const tagged = withPngText(PNG, meta);
    expect(readPngText(tagged)).toEqual(meta);
    expect(pngSize(tagged)).toEqual({ width: 2, height: 1 });
    expect(tagged.length).toBeGreaterThan(PNG.length);
    expect([...tagged.subarray(tagged.length - 12)]).toEqual([...PNG.subarray(PNG.length - 12)]);
  });

  it("refuses what is not a PNG", () => {
    expect(() => withPngText(new Uint8Array([1, 2, 3]), {})).toThrow(/not a PNG/);
  });
});
