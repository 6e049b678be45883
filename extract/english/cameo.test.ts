import { describe, expect, it } from "vitest";
import cameoJson from "../data/cameo-verbs.json";
import { parseCameo } from "./cameo";
import { LEXICON } from "./data";
import { extractEnglish } from "./index";
import { englishDoc } from "./test-doc";

function claims(text: string): string[] {
  return extractEnglish(englishDoc(text))
    .claims.map((c) => `${c.status} ${c.relation} ${c.source.slice(8)}>${c.target.slice(8)}`)
    .sort();
}

describe("CAMEO verb data", () => {
  it("validates and names the file and field at fault", () => {
    expect(parseCameo(cameoJson).verbs.length).toBeGreaterThan(50);
    const broken = { ...cameoJson, verbs: [{ ...cameoJson.verbs[0], relation: "friend" }] };
    expect(() => parseCameo(broken, "cameo-verbs.json")).toThrow(/cameo-verbs\.json: verbs\.0\.relation/);
  });
  it("adds only verbs the hand lexicon lacks, each tagged with its CAMEO code", () => {
    const cameo = LEXICON.triggers.filter((t) => t.cameo);
    const hand = LEXICON.triggers.filter((t) => !t.cameo);
    const handLemmas = new Set(hand.map((t) => t.lemma));
    expect(cameo.length).toBeGreaterThan(30);
    expect(cameo.filter((t) => handLemmas.has(t.lemma))).toEqual([]);
    expect(cameo.every((t) => t.pos === "v")).toBe(true);
  });
});

describe("CAMEO verbs with compromise roles", () => {
  it.each([
    // 111 criticize / denounce: subject acts on the object
    ["Norway rebuked Chile over the detentions.", ["asserted opposes NOR>CHL"]],
    ["Egypt castigated Libya for the border incidents.", ["asserted opposes EGY>LBY"]],
    // passive: the by-agent is the actor
    ["Peru was reprimanded by Ecuador at the meeting.", ["asserted opposes ECU>PER"]],
    // 112 accuse / blame
    ["Pakistan blamed India for the explosion.", ["asserted opposes PAK>IND"]],
    // 192 invade / occupy, 190 fight verbs
    ["Ethiopia besieged Somalia's border posts.", ["asserted opposes ETH>SOM"]],
    ["Iraq bombarded Iran's oil terminals.", ["asserted opposes IRQ>IRN"]],
    // 171 taking territory
    ["Morocco annexed parts of Mauritania in 1979.", ["asserted opposes MAR>MRT"]],
    // 050 cooperation, 061 / 062 material support
    ["Brazil collaborated with Argentina on the reactor.", ["asserted partner ARG>BRA"]],
    ["Libya bankrolled Uganda for a decade.", ["asserted partner LBY>UGA"]],
  ])("%s", (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it.each([
    // negation and modality still apply to CAMEO verbs
    ["Norway did not rebuke Chile.", ["negated opposes NOR>CHL"]],
    ["Egypt might castigate Libya.", ["speculative opposes EGY>LBY"]],
  ])("status: %s", (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it.each([
    // the target must be a state in a role: a thing, a person or a policy is not
    "Norway rebuked the shipping company for the delay.",
    "Egypt funded a new hospital while Libya watched.",
    "Brazil armed its border police.",
  ])("no state target: %s", (text) => {
    expect(claims(text)).toEqual([]);
  });
});
