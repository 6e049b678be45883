import { describe, expect, it } from "vitest";
import { chineseNumber, findCompactDates, findDates, findMonthDays, parseUserDate } from "./dates";

describe("findDates", () => {
  it.each([
    ["问题更新日期:2026-01-21 03:17:01", ["2026-01-21"], true],
    ["发表时间:2025-03-21", ["2025-03-21"], false],
    ["【看中国2021年12月5日讯】虽然", ["2021-12-05"], false],
    ["2025年11月13日 10:00", ["2025-11-13"], true],
    ["尤其是在2024年9月，两国", ["2024-09"], false],
    ["１９９８年１月１日", ["1998-01-01"], false],
    ["（一九九七年十二月三十一日）", ["1997-12-31"], false],
    ["二〇二五年五月九日，二○○八年八月", ["2025-05-09", "2008-08"], false],
    ["2018/08/31 与 2021.12.05", ["2018-08-31", "2021-12-05"], false],
    ["2018-09-01T07:15:06+08:00", ["2018-09-01"], true],
    ["1896年签订的《中俄密约》", [], false],
    ["电话15396546057", [], false],
    ["2025-02-30 不是日期", [], false],
    ["2024-02-29 是闰日", ["2024-02-29"], false],
  ])("%s", (text, dates, hasTime) => {
    const found = findDates(text);
    expect(found.map((d) => d.date)).toEqual(dates);
    if (found.length) expect(found[0].hasTime).toBe(hasTime);
  });

  it("gives positions in the searched text", () => {
    const text = "更新时间：２０２５年３月２１日　１０:００";
    const [d] = findDates(text);
    expect(text.slice(d.start, d.end)).toBe("２０２５年３月２１日　１０:００");
    expect(d.precision).toBe("day");
  });
});

describe("other date forms", () => {
  it.each([
    ["十二", 12],
    ["三十一", 31],
    ["廿三", 23],
    ["五", 5],
    ["十", 10],
  ])("chineseNumber %s = %d", (s, n) => {
    expect(chineseNumber(s)).toBe(n);
  });

  it("finds compact dates only where asked", () => {
    expect(findCompactDates("《新闻联播》（20250509）").map((d) => d.date)).toEqual(["2025-05-09"]);
    expect(findCompactDates("编号 20251399").map((d) => d.date)).toEqual([]);
    expect(findDates("《新闻联播》（20250509）")).toEqual([]);
  });

  it("finds year-less month-day datelines", () => {
    expect(findMonthDays("【大纪元8月29日讯】").map((d) => [d.month, d.day])).toEqual([[8, 29]]);
    expect(findMonthDays("新华社北京十二月三十一日电").map((d) => [d.month, d.day])).toEqual([[12, 31]]);
    expect(findMonthDays("2021年12月5日讯")).toEqual([]);
  });

  it.each([
    ["2025-03-21", "2025-03-21"],
    ["2025-3", "2025-03"],
    ["2025", "2025"],
    ["2025/3/21", "2025-03-21"],
    ["2025年3月21日", "2025-03-21"],
    ["2018-09-01T07:15:06+08:00", "2018-09-01"],
    ["20250509", "2025-05-09"],
    ["yesterday", null],
    [undefined, null],
  ])("parseUserDate %s → %s", (value, expected) => {
    expect(parseUserDate(value)).toBe(expected);
  });
});
