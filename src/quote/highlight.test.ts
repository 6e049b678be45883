import { describe, expect, it } from "vitest";
import { highlightNames, type Segment } from "./highlight";

const RUS = ["俄罗斯", "俄国", "俄", "苏联", "Russia", "Moscow"];
const CHN = ["中国", "中", "中方", "China", "Beijing"];
const JPN = ["日本", "日", "Japan"];

function marks(segments: Segment[]): [string, number][] {
  return segments.filter((s) => s.side !== null).map((s) => [s.text, s.side!]);
}

describe("highlightNames", () => {
  it.each<{ quote: string; groups: string[][]; out: [string, number][] }>([
    {
      quote: "1896年签订的《中俄密约》，俄国与中国结成防御同盟，共同防御日本。",
      groups: [RUS, CHN],
      out: [
        ["俄国", 0],
        ["中国", 1],
      ],
    },
    {
      quote: "1896年俄国打着“共同防御日本”旗号，意在孤立日本。",
      groups: [RUS, JPN],
      out: [
        ["俄国", 0],
        ["日本", 1],
        ["日本", 1],
      ],
    },
    {
      quote: "中俄双方签订密约。",
      groups: [RUS, CHN],
      out: [
        ["中", 1],
        ["俄", 0],
      ],
    },
    {
      quote: "Since 2014, Russia and China have deepened their strategic partnership.",
      groups: [RUS, CHN],
      out: [
        ["Russia", 0],
        ["China", 1],
      ],
    },
    {
      quote: "RUSSIA warned china.",
      groups: [RUS, CHN],
      out: [
        ["RUSSIA", 0],
        ["china", 1],
      ],
    },
    { quote: "Xinjiang is not Xi.", groups: [["Xi", "Xi Jinping"], CHN], out: [["Xi", 0]] },
    {
      quote: "Vladimir Putin has led Russia since 2000.",
      groups: [["普京", "Putin", "Vladimir Putin"], RUS],
      out: [
        ["Vladimir Putin", 0],
        ["Russia", 1],
      ],
    },
  ])("$quote", ({ quote, groups, out }) => {
    const segs = highlightNames(quote, groups);
    expect(segs.map((s) => s.text).join("")).toBe(quote);
    expect(marks(segs)).toEqual(out);
  });

  it("keeps markup as plain text", () => {
    const q = "The United States opposes Russia <img src=x onerror=alert(1)> here.";
    const segs = highlightNames(q, [["United States"], RUS]);
    expect(segs.map((s) => s.text).join("")).toBe(q);
    expect(marks(segs)).toEqual([
      ["United States", 0],
      ["Russia", 1],
    ]);
  });
});
