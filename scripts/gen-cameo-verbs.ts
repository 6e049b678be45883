/**
 * Converts PETRARCH2's CAMEO verb dictionary (openeventdata/petrarch2,
 * petrarch2/data/dictionaries/CAMEO.2.0.txt, MIT) into extract/data/cameo-verbs.json: the verbs of
 * the CAMEO classes that assert one of Entente's state relations, with their inflected forms.
 *
 * Usage (the dictionary is read from a local copy, never fetched here):
 *   git -C <petrarch2 mirror> show <commit>:petrarch2/data/dictionaries/CAMEO.2.0.txt > /tmp/CAMEO.2.0.txt
 *   npx tsx scripts/gen-cameo-verbs.ts /tmp/CAMEO.2.0.txt [--commit <sha>] && npx prettier --write extract/data/cameo-verbs.json
 *
 * The dictionary is a list of verb blocks ("---  DENOUNCE   [111]  ---"), each a synonym set of
 * verbs (a verb line may carry its own [code] and its irregular forms in {…}; "+" marks a phrase
 * such as +SIDE_WITH) followed by patterns ("- * (AGAINST) [110]"). Only the verbs are taken: the
 * patterns need PETRARCH's Treebank parse; Entente fills the roles with compromise instead
 * (extract/english/roles.ts: subject = actor, object = target, passives inverted).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { cameoFile, type CameoFile, type CameoVerb } from "../extract/english/cameo-schema";

/**
 * The mapping, conservative: a CAMEO code (or code prefix) maps only where the bare verb asserts a
 * relation between two states; everything else is left out. `blocks` restricts a row to the named
 * synonym sets of that code, `except` drops verbs whose ordinary sense is something else.
 *
 * | CAMEO | meaning                       | relation | frame  | why / limits                                            |
 * |-------|-------------------------------|----------|--------|---------------------------------------------------------|
 * | 050   | collaborate (block)           | partner  | rel    | cooperate, collaborate, concert, side with; not "associate" |
 * | 060   | aid (block)                   | partner  | act    | "aid" only: "assist", "serve", "benefit" are too general |
 * | 061   | finance (block)               | partner  | act    | fund, finance, bankroll, sponsor; not buy/import/pay: trade flows are no partnership |
 * | 062   | arm (block)                   | partner  | act    | "arm" only: equip/furnish/stock are everyday verbs      |
 * | 110   | disapprove, oppose, rebuff    | opposes  | act    | not argue/claim/compete/regret (no target state)        |
 * | 111   | criticize, denounce, condemn  | opposes  | act    | not "lecture", "brand", "mock", "jeer"                  |
 * | 112   | accuse, blame                 | opposes  | act    | not "charge" (prices, courts), "fault", "implicate"     |
 * | 120   | defy                          | opposes  | act    | refusals (decline, reject) are negators, not relations  |
 * | 130   | threaten                      | opposes  | act    | not "warn", "risk", "endanger"                          |
 * | 140   | protest, harass               | opposes  | act    | not street demonstrations (march, riot)                 |
 * | 160   | betray, sabotage, undermine, blacklist | opposes | act | reduce relations                                   |
 * | 170   | ostracize, pressure, blackmail, punish | opposes | act | coerce; not impose/enforce/restrict (no target)     |
 * | 171   | annex                         | opposes  | act    | taking territory; not seize/take/capture (things, people) |
 * | 190   | assault, bomb, shell, raid …  | opposes  | act    | fight; not hit/strike/beat/destroy/die/engage/fire      |
 * | 190   | clash, skirmish, battle       | opposes  | mutual | symmetric fighting, directed both ways by the rule      |
 * | 191   | besiege                       | opposes  | act    |                                                         |
 * | 192   | invade, occupy, overrun       | opposes  | act    | not inhabit/reside/infest                               |
 *
 * Not mapped: 01–04 (statements, appeals, intents, meetings: no relation), 051 praise, 055–057,
 * 063–075 (judicial help, humanitarian aid, protection: no relation between states on their own),
 * 08–10, 12 refusals (kept as negating verbs), 15 force posture (no target), 17x arrests and
 * bans, 18 assaults on persons, 20 mass violence (its victims are people). Non-aligned: CAMEO has
 * no neutrality code and its refusals are not neutrality, so nothing maps to it.
 */
interface MapRow {
  code: string;
  relation: CameoVerb["relation"];
  frame: CameoVerb["frame"];
  blocks?: string[];
  only?: string[];
  except?: string[];
}

const MAPPING: MapRow[] = [
  { code: "050", relation: "partner", frame: "rel", blocks: ["COLLABORATE"], except: ["ASSOCIATE", "ALLY"] },
  { code: "060", relation: "partner", frame: "act", only: ["AID"] },
  { code: "061", relation: "partner", frame: "act", only: ["FINANCE", "FUND", "BANKROLL", "SPONSOR"] },
  { code: "062", relation: "partner", frame: "act", only: ["ARM"] },
  { code: "110", relation: "opposes", frame: "act", only: ["DECRY", "DISAPPROVE", "OPPOSE", "REBUFF"] },
  {
    code: "111",
    relation: "opposes",
    frame: "act",
    except: ["LECTURE", "BRAND", "MOCK", "JEER", "SCOFF", "CHASTEN", "REPROBATE", "SAVAGE", "CRUCIFY", "SCORN"],
  },
  { code: "112", relation: "opposes", frame: "act", only: ["ACCUSE", "BLAME"] },
  { code: "120", relation: "opposes", frame: "act", only: ["DEFY"] },
  { code: "130", relation: "opposes", frame: "act", only: ["THREATEN"] },
  { code: "140", relation: "opposes", frame: "act", only: ["PROTEST", "HARASS"] },
  {
    code: "160",
    relation: "opposes",
    frame: "act",
    only: ["BETRAY", "SABOTAGE", "UNDERMINE", "BLACKLIST"],
  },
  {
    code: "170",
    relation: "opposes",
    frame: "act",
    only: ["OSTRACISE", "OSTRACIZE", "PRESSURE", "BLACKMAIL", "PUNISH", "PENALIZE", "BLOCKADE", "EMBARGO"],
  },
  { code: "171", relation: "opposes", frame: "act", only: ["ANNEX"] },
  { code: "190", relation: "opposes", frame: "mutual", only: ["CLASH", "SKIRMISH", "BATTLE"] },
  {
    code: "190",
    relation: "opposes",
    frame: "act",
    only: ["AMBUSH", "ASSAIL", "ASSAULT", "ATTACK", "BLITZ", "BOMB", "BOMBARD", "SHELL", "RAID", "RETALIATE"],
  },
  { code: "191", relation: "opposes", frame: "act", only: ["BESIEGE"] },
  { code: "192", relation: "opposes", frame: "act", only: ["INVADE", "OCCUPY", "OVERRUN"] },
];

interface RawVerb {
  word: string;
  block: string;
  code: string;
  irregular: string[];
}

/** Verb lines of the dictionary with the code that applies to each (its own, else its block's). */
export function readVerbs(text: string): RawVerb[] {
  const out: RawVerb[] = [];
  let block: string | null = null;
  let blockCode = "---";
  let inPatterns = false;
  for (const raw of text.split(/\r?\n/)) {
    if (/^#{3,} VERB PATTERNS/.test(raw)) inPatterns = true;
    if (!inPatterns) continue;
    const head = /^---\s+(\S+)\s+\[([^\]]*)\]/.exec(raw);
    if (head) {
      block = head[1];
      blockCode = head[2].split(":")[0];
      continue;
    }
    const line = raw.split("#")[0].trim();
    if (!block || !line || line.startsWith("-") || line.startsWith("&")) continue;
    const m = /^(\+?[A-Z][A-Z_]*)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?/.exec(line);
    if (!m) continue;
    const own = m[3] ? m[3].slice(1, -1).split(":")[0] : "";
    const irregular = m[2] ? m[2].slice(1, -1).trim().split(/\s+/).filter(Boolean) : [];
    out.push({ word: m[1], block, code: own || blockCode, irregular });
  }
  return out;
}

function rowFor(v: RawVerb): MapRow | undefined {
  const word = v.word.replace(/^\+/, "").split("_")[0];
  return MAPPING.find(
    (r) =>
      r.code === v.code &&
      (!r.blocks || r.blocks.includes(v.block)) &&
      (!r.only || r.only.includes(word)) &&
      !(r.except ?? []).includes(word),
  );
}

const VOWEL = /[aeiou]/;

/** Regular inflections of an English verb (a spurious extra form costs nothing: it never occurs). */
export function inflect(verb: string): string[] {
  const v = verb.toLowerCase();
  const forms = new Set([v]);
  const cy = /[^aeiou]y$/.test(v);
  forms.add(/(s|x|z|ch|sh|o)$/.test(v) ? `${v}es` : cy ? `${v.slice(0, -1)}ies` : `${v}s`);
  forms.add(v.endsWith("e") ? `${v}d` : cy ? `${v.slice(0, -1)}ied` : `${v}ed`);
  forms.add(v.endsWith("e") && !v.endsWith("ee") ? `${v.slice(0, -1)}ing` : `${v}ing`);
  // consonant doubling (ambush-ed, but ship-ped): add both spellings for a final single vowel + consonant
  const last = v[v.length - 1];
  if (
    v.length >= 3 &&
    !VOWEL.test(last) &&
    !/[wxy]/.test(last) &&
    VOWEL.test(v[v.length - 2]) &&
    !VOWEL.test(v[v.length - 3])
  ) {
    forms.add(`${v}${last}ed`);
    forms.add(`${v}${last}ing`);
  }
  return [...forms];
}

/** The mapped verbs, one entry per lemma and relation, sorted. */
export function convert(text: string): CameoVerb[] {
  const byKey = new Map<string, CameoVerb>();
  for (const v of readVerbs(text)) {
    const row = rowFor(v);
    if (!row) continue;
    const words = v.word.replace(/^\+/, "").toLowerCase().split("_").filter(Boolean);
    const lemma = words.join(" ");
    const key = `${lemma}|${row.relation}|${row.frame}`;
    const prev = byKey.get(key);
    const irregular = v.irregular.map((f) => f.replace(/^\+/, "").toLowerCase().split("_")[0]);
    const forms = [...new Set([...inflect(words[0]), ...irregular, ...(prev?.forms ?? [])])].sort();
    byKey.set(key, {
      lemma,
      code: v.code,
      block: v.block,
      relation: row.relation,
      frame: row.frame,
      forms,
      ...(words.length > 1 ? { then: words.slice(1) } : {}),
    });
  }
  return [...byKey.values()].sort((a, b) => a.lemma.localeCompare(b.lemma) || a.relation.localeCompare(b.relation));
}

function main(): void {
  const args = process.argv.slice(2);
  const input = args.find((a) => !a.startsWith("--"));
  const ci = args.indexOf("--commit");
  const commit = ci >= 0 ? args[ci + 1] : "676801cd9cb2924bbbad09f86d15c9323e7097bf";
  if (!input) {
    console.error("usage: npx tsx scripts/gen-cameo-verbs.ts <CAMEO.2.0.txt> [--commit <sha>]");
    process.exit(64);
  }
  const verbs = convert(readFileSync(input, "utf8"));
  const file: CameoFile = cameoFile.parse({
    about:
      "CAMEO verbs mapped to Entente's state relations by scripts/gen-cameo-verbs.ts (its table documents the mapping). Source and licence: cameo-verbs.LICENSE.md.",
    source: {
      repository: "https://github.com/openeventdata/petrarch2",
      path: "petrarch2/data/dictionaries/CAMEO.2.0.txt",
      commit,
      licence: "MIT",
    },
    verbs,
  });
  const out = new URL("../extract/data/cameo-verbs.json", import.meta.url);
  writeFileSync(out, JSON.stringify(file, null, 2) + "\n");
  console.log(`wrote ${verbs.length} verbs to ${out.pathname}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
