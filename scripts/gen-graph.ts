/**
 * Seeded generator of large, realistic Entente graphs (for the viewer's benchmarks and manual
 * testing): countries with Chinese and English names and coordinates, leaders with terms, treaties
 * with parties, all six relations, dates 1890–2025 (some open, a few undated), claims that quote
 * sentences of generated documents with exact offsets, and some excluded claims. Output is
 * validated against extract/schema/graph.ts.
 *
 * CLI:  tsx scripts/gen-graph.ts --nodes 10000 --edges-per-node 4 --seed 7 [--positions] -o out.json
 *
 * @example
 * const graph = generateGraph({ nodes: 10_000, edgesPerNode: 4, seed: 7 });
 */
import countries from "i18n-iso-countries";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { edgePeriods } from "../extract/graph/periods";
import {
  parseGraphJson,
  type Claim,
  type DocumentInfo,
  type ExcludedClaim,
  type GraphJson,
  type Relation,
  type SerializedEdge,
  type SerializedNode,
  type StateRelation,
} from "../extract/schema/graph";
import { seededRandom } from "../src/layout/random";

export interface GenOptions {
  nodes: number;
  /** Edges generated per node (edges = nodes × edgesPerNode). */
  edgesPerNode: number;
  seed: number;
  /** Write x/y (a precomputed layout) so viewers skip ForceAtlas2. */
  positions?: boolean;
  /** Capital coordinates by ISO3 code: [zh, en, lat, lng]. */
  capitals?: Record<string, [string, string, number, number]>;
}

type Rand = () => number;

const ZH_SYLLABLES = "安巴卡达埃法加哈伊佳科拉马纳奥帕奇瑞萨塔乌维沃西亚泽兰林特斯尼诺德里亚蒙吉图".split("");
const EN_SYLLABLES = [
  "an",
  "bar",
  "ka",
  "dor",
  "el",
  "fa",
  "gar",
  "han",
  "is",
  "jor",
  "ko",
  "la",
  "mar",
  "no",
  "or",
  "pa",
  "qui",
  "ro",
  "sa",
  "tan",
  "u",
  "ve",
  "wa",
  "xi",
  "ya",
  "zor",
];
const ZH_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗".split("");
const ZH_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚".split("");
const EN_FIRST = [
  "Anna",
  "Boris",
  "Carlos",
  "Dmitri",
  "Elena",
  "Farid",
  "Grace",
  "Hiro",
  "Ivan",
  "Jana",
  "Kofi",
  "Lena",
  "Mateo",
  "Nadia",
  "Omar",
  "Pavel",
  "Quinn",
  "Rosa",
  "Sven",
  "Tariq",
];
const EN_LAST = [
  "Ames",
  "Baranov",
  "Costa",
  "Diallo",
  "Eriksen",
  "Fujita",
  "Garcia",
  "Haddad",
  "Ivanova",
  "Jensen",
  "Kowalski",
  "Lindqvist",
  "Moreau",
  "Nakamura",
  "Okafor",
  "Petrov",
  "Quist",
  "Rossi",
  "Suzuki",
  "Tanaka",
];
const TREATY_KINDS: [string, string][] = [
  ["友好条约", "Treaty of Friendship"],
  ["同盟条约", "Treaty of Alliance"],
  ["互不侵犯条约", "Non-Aggression Pact"],
  ["贸易协定", "Trade Agreement"],
  ["安全合作协定", "Security Cooperation Accord"],
  ["边界条约", "Border Treaty"],
];
const STATE_REL: [StateRelation, number][] = [
  ["ally", 0.22],
  ["partner", 0.33],
  ["non-aligned", 0.1],
  ["opposes", 0.35],
];
const ZH_VERB: Record<Relation, string> = {
  ally: "结成同盟",
  partner: "建立战略伙伴关系",
  "non-aligned": "保持不结盟立场",
  opposes: "强烈反对",
  "leader-of": "领导",
  "party-to": "签署",
};
const EN_VERB: Record<Relation, string> = {
  ally: "formed an alliance with",
  partner: "deepened its partnership with",
  "non-aligned": "stayed non-aligned towards",
  opposes: "sharply opposed",
  "leader-of": "led",
  "party-to": "signed",
};

function pick<T>(rand: Rand, xs: readonly T[]): T {
  return xs[Math.floor(rand() * xs.length)];
}

function word(rand: Rand, parts: readonly string[], min: number, max: number): string {
  const k = min + Math.floor(rand() * (max - min + 1));
  return Array.from({ length: k }, () => pick(rand, parts)).join("");
}

function code3(i: number): string {
  const A = 65;
  return String.fromCharCode(A + (Math.floor(i / 676) % 26), A + (Math.floor(i / 26) % 26), A + (i % 26));
}

/** Year with more weight on recent decades (news covers the present more). */
function year(rand: Rand): number {
  return Math.round(1890 + 135 * Math.sqrt(rand()));
}

interface Country {
  key: string;
  zh: string;
  en: string;
  lat: number;
  lng: number;
}

function makeCountries(rand: Rand, count: number, capitals: GenOptions["capitals"]): Country[] {
  countries.registerLocale(JSON.parse(readFileSync(resolveModule("i18n-iso-countries/langs/en.json"), "utf8")));
  countries.registerLocale(JSON.parse(readFileSync(resolveModule("i18n-iso-countries/langs/zh.json"), "utf8")));
  const real = Object.keys(countries.getAlpha3Codes()).sort();
  const used = new Set<string>();
  const out: Country[] = [];
  for (const code of real) {
    if (out.length >= count) break;
    const cap = capitals?.[code];
    out.push({
      key: `country:${code}`,
      zh: countries.getName(code, "zh") ?? code,
      en: countries.getName(code, "en") ?? code,
      lat: cap ? cap[2] : -50 + 110 * rand(),
      lng: cap ? cap[3] : -170 + 340 * rand(),
    });
    used.add(code);
  }
  for (let i = 0; out.length < count && i < 17576; i++) {
    const code = code3(i);
    if (used.has(code)) continue;
    const en = word(rand, EN_SYLLABLES, 2, 3);
    out.push({
      key: `country:${code}`,
      zh: `${word(rand, ZH_SYLLABLES, 2, 3)}国`,
      en: en[0].toUpperCase() + en.slice(1) + pick(rand, ["ia", "land", "stan", "a", "or"]),
      lat: -55 + 125 * rand(),
      lng: -175 + 350 * rand(),
    });
  }
  return out;
}

function resolveModule(spec: string): string {
  return fileURLToPath(import.meta.resolve(spec));
}

/** Builds documents incrementally: each claim's sentence is appended and its offset recorded. */
class DocumentPool {
  readonly docs: (DocumentInfo & { text: string })[] = [];
  constructor(
    private readonly rand: Rand,
    size: number,
  ) {
    for (let i = 0; i < size; i++) {
      const lang = rand() < 0.6 ? "zh" : "en";
      const y = year(rand);
      this.docs.push({
        id: `gen/${lang}/${String(i).padStart(6, "0")}.${lang === "zh" ? "txt" : "html"}`,
        title: lang === "zh" ? `${y}年国际关系评论（第${i + 1}期）` : `World affairs review no. ${i + 1} (${y})`,
        published: `${Math.min(2025, y + 1)}-${String(1 + Math.floor(rand() * 12)).padStart(2, "0")}`,
        publishedSource: "page",
        lang,
        text: "",
      });
    }
  }

  /** Adds a sentence to a random document and returns a claim quoting it. */
  claim(
    relation: Relation,
    a: Country | { zh: string; en: string },
    b: { zh: string; en: string },
    start: string | null,
    end: string | null,
  ): Claim {
    const doc = pick(this.rand, this.docs);
    const when = start ? start.slice(0, 4) : null;
    const quote =
      doc.lang === "zh"
        ? `${when ? `${when}年，` : ""}${a.zh}与${b.zh}${ZH_VERB[relation]}。`
        : `${when ? `In ${when}, ` : ""}${a.en} ${EN_VERB[relation]} ${b.en}.`;
    const at = doc.text.length + (doc.text ? 1 : 0);
    doc.text += (doc.text ? "\n" : "") + quote;
    return {
      doc: doc.id,
      quote,
      start,
      end,
      offset: [at, at + quote.length],
      timeSource: when ? "text" : "none",
      lang: doc.lang,
      trigger: doc.lang === "zh" ? ZH_VERB[relation] : EN_VERB[relation],
    };
  }
}

function span(rand: Rand): [string | null, string | null] {
  const r = rand();
  if (r < 0.03) return [null, null];
  const s = year(rand);
  if (r < 0.18) return [String(s), null];
  const e = Math.min(2025, s + Math.floor(rand() * rand() * 40));
  return rand() < 0.2
    ? [`${s}-${String(1 + Math.floor(rand() * 12)).padStart(2, "0")}`, String(e)]
    : [String(s), String(e)];
}

/** Generates a schema-valid graph. Deterministic for a given seed. */
export function generateGraph(opts: GenOptions): GraphJson {
  const rand = seededRandom(opts.seed);
  const n = opts.nodes;
  const nCountries = Math.max(2, Math.min(Math.round(n * 0.3), 17000));
  const nTreaties = Math.round((n - nCountries) * 0.35);
  const nLeaders = n - nCountries - nTreaties;
  const targetEdges = Math.round(n * opts.edgesPerNode);
  const pool = new DocumentPool(rand, Math.max(8, Math.round(targetEdges / 25)));
  const cs = makeCountries(rand, nCountries, opts.capitals);
  const nodes: SerializedNode[] = cs.map((c) => ({
    key: c.key,
    attributes: {
      kind: "country",
      label: c.zh,
      labelEn: c.en,
      names: [...new Set([c.zh, c.en, c.zh.replace(/国$/, "")])],
      lat: c.lat,
      lng: c.lng,
    },
  }));
  const edges: SerializedEdge[] = [];
  const published = new Map(pool.docs.map((d) => [d.id, d.published]));
  const addEdge = (
    source: string,
    target: string,
    relation: Relation,
    claims: Claim[],
    start: string | null,
    end: string | null,
  ) => {
    const directed = relation === "opposes" || relation === "leader-of" || relation === "party-to";
    const docs = new Set(claims.map((c) => c.doc)).size;
    edges.push({
      key: `e${edges.length}`,
      source,
      target,
      undirected: !directed,
      attributes: {
        relation,
        start,
        end,
        periods: edgePeriods(claims, (id) => published.get(id) ?? null),
        claims,
        confidence: Math.min(1, 0.35 + 0.2 * docs + 0.2 * rand()),
      },
    });
  };
  const claimsFor = (
    relation: Relation,
    a: { zh: string; en: string },
    b: { zh: string; en: string },
    s: string | null,
    e: string | null,
  ) => Array.from({ length: 1 + Math.floor(rand() * rand() * 3) }, () => pool.claim(relation, a, b, s, e));

  for (let i = 0; i < nLeaders; i++) {
    const c = pick(rand, cs);
    const zh = pick(rand, ZH_SURNAMES) + pick(rand, ZH_GIVEN) + (rand() < 0.5 ? pick(rand, ZH_GIVEN) : "");
    const en = `${pick(rand, EN_FIRST)} ${pick(rand, EN_LAST)}`;
    const key = `leader:${en.toLowerCase().replace(/[^a-z]+/g, "-")}-${i}`;
    nodes.push({
      key,
      attributes: {
        kind: "leader",
        label: zh,
        labelEn: en,
        names: [zh, en, en.split(" ")[1]],
        country: c.key,
        role: pick(rand, ["President", "Prime Minister", "Chancellor", "King"]),
      },
    });
    const s = year(rand);
    const e = rand() < 0.1 ? null : String(Math.min(2025, s + 1 + Math.floor(rand() * 12)));
    addEdge(key, c.key, "leader-of", claimsFor("leader-of", { zh, en }, c, String(s), e), String(s), e);
  }
  for (let i = 0; i < nTreaties; i++) {
    const [kzh, ken] = pick(rand, TREATY_KINDS);
    const parties = Array.from({ length: 2 + Math.floor(rand() * rand() * 4) }, () => pick(rand, cs));
    const y = year(rand);
    const zh = `《${parties[0].zh.slice(0, 2)}${parties[1].zh.slice(0, 2)}${kzh}》`;
    const en = `${parties[0].en}–${parties[1].en} ${ken}`;
    const key = `treaty:${ken.toLowerCase().replace(/[^a-z]+/g, "-")}-${i}`;
    nodes.push({ key, attributes: { kind: "treaty", label: zh, labelEn: en, names: [zh, en], year: y } });
    for (const p of new Set(parties))
      addEdge(p.key, key, "party-to", claimsFor("party-to", p, { zh, en }, String(y), null), String(y), null);
  }
  // State relations: preferential attachment so some states are hubs, as in news coverage.
  const weight = cs.map(() => 1);
  const cumulative = () => {
    let total = 0;
    return weight.map((w) => (total += w));
  };
  let cum = cumulative();
  const draw = () => {
    const r = rand() * cum[cum.length - 1];
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid] < r) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const excluded: ExcludedClaim[] = [];
  while (edges.length < targetEdges) {
    const a = draw();
    let b = draw();
    if (a === b) b = (b + 1) % cs.length;
    let r = rand();
    const rel = STATE_REL.find(([, p]) => (r -= p) < 0)?.[0] ?? "partner";
    const [s, e] = span(rand);
    addEdge(cs[a].key, cs[b].key, rel, claimsFor(rel, cs[a], cs[b], s, e), s, e);
    weight[a] += 0.5;
    weight[b] += 0.5;
    if (edges.length % 1000 === 0) cum = cumulative();
    if (rand() < 0.02) {
      const c = pool.claim(rel, cs[b], cs[a], s, s);
      excluded.push({
        ...c,
        relation: rel,
        source: cs[b].key,
        target: cs[a].key,
        reason: pick(rand, ["negated", "speculative", "reported", "question"] as const),
      });
    }
  }
  if (opts.positions) {
    // A cheap deterministic layout: countries on the map, others beside a neighbour.
    const at = new Map<string, [number, number]>();
    for (const c of cs) at.set(c.key, [c.lng, c.lat]);
    for (const node of nodes) {
      if (!at.has(node.key)) {
        const anchor = node.attributes.country ?? pick(rand, cs).key;
        const [x, y] = at.get(anchor) ?? [0, 0];
        at.set(node.key, [x + (rand() - 0.5) * 8, y + (rand() - 0.5) * 8]);
      }
      const [x, y] = at.get(node.key)!;
      node.attributes.x = x;
      node.attributes.y = y;
    }
  }
  return {
    options: { type: "mixed", multi: true, allowSelfLoops: false },
    attributes: {
      schemaVersion: 2,
      generator: { name: "entente-gen-graph", version: "1" },
      documents: pool.docs,
      excludedClaims: excluded,
    },
    nodes,
    edges,
  };
}

/** Reads the capitals table the extractor ships, when present (coordinates for real countries). */
export function loadCapitals(): GenOptions["capitals"] {
  const path = resolve(dirname(fileURLToPath(import.meta.url)), "../extract/data/countries.capitals.json");
  try {
    return (JSON.parse(readFileSync(path, "utf8")) as { capitals: NonNullable<GenOptions["capitals"]> }).capitals;
  } catch {
    return undefined;
  }
}

function arg(args: string[], name: string, fallback: string): string {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
}

function main(args: string[]) {
  const opts: GenOptions = {
    nodes: Number(arg(args, "--nodes", "1000")),
    edgesPerNode: Number(arg(args, "--edges-per-node", "4")),
    seed: Number(arg(args, "--seed", "1")),
    positions: args.includes("--positions"),
    capitals: loadCapitals(),
  };
  const out = arg(args, "-o", "generated-graph.json");
  const graph = generateGraph(opts);
  const r = parseGraphJson(graph);
  if (!r.ok) throw r.error;
  writeFileSync(out, JSON.stringify(graph));
  console.log(
    `${out}: ${graph.nodes.length} nodes, ${graph.edges.length} edges, ${graph.attributes.documents.length} documents`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
