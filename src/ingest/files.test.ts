import { describe, expect, it } from "vitest";
import { pastedFile, readDropped, uniqueDocId } from "./files";

describe("uniqueDocId", () => {
  it.each([
    ["a.html", [], "a.html"],
    ["a.html", ["a.html"], "a (2).html"],
    ["a.html", ["a.html", "a (2).html"], "a (3).html"],
    ["README", ["README"], "README (2)"],
    ["dir/b.txt", [], "dir_b.txt"],
    ["  ", [], "document.txt"],
  ])("%j among %j → %j", (name, taken, want) => {
    expect(uniqueDocId(name, new Set(taken))).toBe(want);
  });
});

describe("readDropped", () => {
  it("reads bytes under unique ids and reports an unreadable file by name", async () => {
    const good = new File([new Uint8Array([0xc3, 0xc0, 0xb9, 0xfa])], "a.txt");
    const broken = new File(["x"], "b.html");
    Object.defineProperty(broken, "arrayBuffer", {
      value: () => Promise.reject(new DOMException("gone", "NotReadableError")),
    });
    const r = await readDropped([good, broken, new File(["y"], "a.txt")], ["a.txt"]);
    expect(r.files.map((f) => [f.id, [...f.bytes]])).toEqual([
      ["a (2).txt", [0xc3, 0xc0, 0xb9, 0xfa]],
      ["a (3).txt", [0x79]],
    ]);
    expect(r.failures).toEqual([
      { id: "b.html", reason: "the browser could not read the file (gone)", errorName: "NotReadableError" },
    ]);
  });

  it("names pasted text and HTML", () => {
    expect(pastedFile("hello", false, 1).name).toBe("pasted-1.txt");
    expect(pastedFile("<p>x</p>", true, 2).name).toBe("pasted-2.html");
  });
});
