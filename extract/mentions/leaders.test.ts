import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LEADERS } from "./data";
import { findMentions } from "./find-mentions";
import { allLeaders, countryInfo } from "./gazetteer";
import { discoveredLeaderKey, findLeaders } from "./leaders";
import { makeDoc, readCsv, seedDoc, splitSentences } from "./test-fixtures";

const GOLD = "/work/shared/eval/seeds.gold.json";
const ARCHIGOS = "/work/shared/corpora/archigos/arch_annual.txt";
const COUNTRY_CODES = "/work/shared/corpora/country-codes/countrycode-codelist_without_cldr.csv";

function leadersIn(text: string) {
  const doc = makeDoc(text);
  return findLeaders(doc, splitSentences(text), findMentions(doc.norm));
}

interface GoldDoc {
  file: string;
  leaders: { names: string[]; country: string }[];
}

describe.skipIf(!existsSync(GOLD))("findLeaders on the seeds (gold)", () => {
  const gold = existsSync(GOLD) ? (JSON.parse(readFileSync(GOLD, "utf8")) as { documents: GoldDoc[] }).documents : [];
  it.each(gold.map((d) => [d.file, d] as const))("%s", (file, d) => {
    const { doc, sentences } = seedDoc(file);
    const found = findLeaders(doc, sentences, findMentions(doc.norm));
    for (const g of d.leaders) {
      const hit = found.find((l) => g.names.some((n) => l.names.includes(n)));
      expect(hit, g.names.join("/")).toBeDefined();
      expect(hit?.country).toBe(`country:${g.country}`);
    }
  });

  it("finds the seed leaders with their keys and first sentences", () => {
    const { doc, sentences } = seedDoc("003_a142fbc17c73d9df.txt");
    const found = findLeaders(doc, sentences, findMentions(doc.norm));
    const byKey = new Map(found.map((l) => [l.key, l]));
    expect([...byKey.keys()]).toEqual(
      expect.arrayContaining([
        "leader:sergey-lavrov",
        "leader:donald-trump",
        "leader:vladimir-putin",
        "leader:alexander-iii",
      ]),
    );
    expect(byKey.get("leader:sergey-lavrov")?.sentence.text).toContain("俄罗斯外长拉夫罗夫刚结束访华");
    expect(byKey.get("leader:alexander-iii")).toMatchObject({
      country: "country:RUS",
      role: "Tsar",
      doc: "003_a142fbc17c73d9df.txt",
    });
  });
});

describe("findLeaders: known leaders", () => {
  it("returns each leader once, with the first sentence naming it", () => {
    const found = leadersIn("普京抵达北京。习近平同普京举行会谈。弗拉基米尔·普京表示满意。");
    expect(found.map((l) => l.key)).toEqual(["leader:vladimir-putin", "leader:xi-jinping"]);
    expect(found[0]).toMatchObject({
      label: "普京",
      labelEn: "Vladimir Putin",
      country: "country:RUS",
      role: "President",
    });
    expect(found[0].sentence).toEqual({ start: 0, end: 7, text: "普京抵达北京。" });
    expect(found[0].names).toEqual(expect.arrayContaining(["普京", "弗拉基米尔·普京"]));
  });

  it.each([
    ["特朗普和川普是同一个人", ["leader:donald-trump"]],
    ["金正恩会见拉夫罗夫", ["leader:kim-jong-un", "leader:sergey-lavrov"]],
    ["韩国前总统朴槿惠", ["leader:park-geun-hye"]],
    ["沙皇亚历山大三世时代", ["leader:alexander-iii"]],
  ])("%s", (text, keys) => {
    expect(leadersIn(text).map((l) => l.key)).toEqual(keys);
  });
});

describe("findLeaders: officials found by '<state><title><name>'", () => {
  it.each([
    ["古巴国家主席迪亚斯-卡内尔会见了代表团。", "CUB", "迪亚斯-卡内尔", "President"],
    ["菲律宾总统马科斯表示，愿加强合作。", "PHL", "马科斯", "President"],
    ["韩国总理金民锡表示，将继续推进。", "KOR", "金民锡", "Prime Minister"],
    ["匈牙利外长西雅尔多26日在布达佩斯说", "HUN", "西雅尔多", "Foreign Minister"],
    ["沙皇彼得三世下令修建要塞", "RUS", "彼得三世", "Tsar"],
    ["美国前国务卿奥尔布赖特去世", "USA", "奥尔布赖特", "Secretary of State"],
  ])("%s", (text, code, name, role) => {
    const [l] = leadersIn(text);
    expect(l).toMatchObject({ label: name, names: [name], country: `country:${code}`, role });
    expect(l.key).toMatch(new RegExp(`^leader:${code.toLowerCase()}-[0-9a-f]{6}$`));
    expect(l.key).toBe(discoveredLeaderKey(code, name));
  });

  it("reads a title after a coordinator as the same state's official (…和国防部长…)", () => {
    const found = leadersIn("英国外交大臣约翰逊（Boris Johnson）和国防部长哈蒙德出席了会议。");
    expect(found.map((l) => [l.label, l.country])).toContainEqual(["哈蒙德", "country:GBR"]);
  });

  it("gives the same official the same key in every document", () => {
    const a = leadersIn("古巴国家主席迪亚斯-卡内尔说。")[0].key;
    const b = leadersIn("此前，古巴国家主席迪亚斯-卡内尔访问了越南。")[0].key;
    expect(a).toBe(b);
  });

  it.each([
    ["美国总统特别代表说"],
    ["伊朗新最高领袖在袭击中受伤"],
    ["俄罗斯总统新闻秘书佩斯科夫表示"],
    ["美国总统大选将于11月举行"],
    ["法国总统府发表声明"],
  ])("%s names no official", (text) => {
    expect(leadersIn(text)).toEqual([]);
  });
});

describe("leader gazetteer data", () => {
  const partial = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
  it("has unique slug keys, known states and well-formed dated terms", () => {
    const slugs = new Set<string>();
    for (const l of LEADERS) {
      expect(l.slug).toMatch(/^[a-z0-9-]+$/);
      expect(slugs.has(l.slug), l.slug).toBe(false);
      slugs.add(l.slug);
      expect(countryInfo(`country:${l.state}`), l.slug).toBeDefined();
      expect(l.zh.length + l.en.length).toBeGreaterThan(0);
      expect(l.terms.length, l.slug).toBeGreaterThan(0);
      for (const t of l.terms) {
        if (t.from !== null) expect(t.from, l.slug).toMatch(partial);
        if (t.to !== null) expect(t.to, l.slug).toMatch(partial);
        if (t.from !== null && t.to !== null) expect(t.from <= t.to, `${l.slug} ${t.from}..${t.to}`).toBe(true);
      }
    }
    expect(allLeaders().length).toBe(LEADERS.length);
  });

  it("covers heads of state or government of the G20 and the seeds' states since 2005", () => {
    const states =
      "ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN MEX RUS SAU ZAF KOR TUR GBR USA PRK UKR KAZ IRN ISR TWN VNM SGP".split(
        " ",
      );
    for (const s of states) {
      const terms = LEADERS.filter((l) => l.state === s).flatMap((l) => l.terms);
      for (let y = 2005; y <= 2025; y++) {
        const covered = terms.some(
          (t) =>
            (t.from === null || t.from.slice(0, 4) <= String(y)) && (t.to === null || t.to.slice(0, 4) >= String(y)),
        );
        expect(covered, `${s} ${y}`).toBe(true);
      }
    }
  });

  it.skipIf(!existsSync(ARCHIGOS) || !existsSync(COUNTRY_CODES))("agrees with Archigos 4.1 on terms of office", () => {
    const lines = new TextDecoder("latin1").decode(readFileSync(ARCHIGOS)).split("\n");
    const head = lines[0].split("\t");
    const col = (n: string) => head.indexOf(n);
    const years = new Map<string, number[]>();
    for (const line of lines.slice(1)) {
      const f = line.split("\t");
      if (f.length < head.length) continue;
      const k = `${f[col("idacr")]}|${f[col("leader")]}`;
      years.set(k, [...(years.get(k) ?? []), Number(f[col("startdate")].slice(0, 4))]);
    }
    // ISO3 -> COW codes used by Archigos (Germany: empire, FRG, GDR).
    const cow = new Map<string, string[]>([
      ["DEU", ["GMY", "GFR", "GDR"]],
      ["TWN", ["TAW"]],
    ]);
    for (const row of readCsv(COUNTRY_CODES)) {
      if (row.iso3c && row.cowc && !cow.has(row.iso3c)) cow.set(row.iso3c, [row.cowc]);
    }
    // Archigos counts the effective ruler: Jiang from Deng's death, Deng until it.
    const startExceptions = new Set(["jiang-zemin"]);
    const problems: string[] = [];
    let checked = 0;
    for (const l of LEADERS.filter((x) => x.archigos !== undefined)) {
      const ys = (cow.get(l.state) ?? [l.state]).flatMap((c) => years.get(`${c}|${l.archigos}`) ?? []);
      if (ys.length === 0) {
        problems.push(`${l.slug}: no Archigos rows for "${l.archigos}"`);
        continue;
      }
      const first = Math.min(...ys);
      const last = Math.max(...ys);
      const starts = l.terms.map((t) => Number((t.from ?? "0").slice(0, 4)));
      const from = Math.min(...starts);
      const to = Math.max(...l.terms.map((t) => (t.to === null ? 9999 : Number(t.to.slice(0, 4)))));
      if (from > last || to < first) problems.push(`${l.slug}: ${from}-${to} vs Archigos ${first}-${last}`);
      // Some term must begin within three years of Archigos' first year in office.
      else if (!startExceptions.has(l.slug) && !starts.some((s) => Math.abs(s - first) <= 3))
        problems.push(`${l.slug}: terms start ${starts.join("/")}, Archigos ${first}`);
      checked++;
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });
});
