import { describe, expect, it } from "vitest";
import { extractEnglish } from "./index";
import { englishDoc } from "./test-doc";

/** Claims of a speech: the heading line names the speaking state, as in the UN documents. */
function speech(body: string, heading = "Kiribati, General Debate, 1999"): string[] {
  const text = `${heading}\n\n${body}`;
  return extractEnglish(englishDoc(text, "1999-09-01"))
    .claims.map((c) => `${c.status} ${c.relation} ${c.source.slice(8)}>${c.target.slice(8)}`)
    .sort();
}

describe("the speaker is a state", () => {
  it.each([
    ["We condemn Nauru for its blockade.", "asserted opposes KIR>NRU"],
    ["My Government has always supported Tuvalu.", "asserted partner KIR>TUV"],
    ["My delegation denounces Nauru.", "asserted opposes KIR>NRU"],
    ["Our country was invaded by Nauru.", "asserted opposes NRU>KIR"],
  ])("%s", (body, expected) => {
    expect(speech(body)).toContain(expected);
  });

  it("without a speaking state, first-person forms stand for nobody", () => {
    expect(speech("We condemn Nauru for its blockade.", "Notes on the Pacific, 1999")).toEqual([]);
  });
});

describe("requests to stop presuppose the act, of the state asked", () => {
  it.each([
    ["We call on Nauru to end its embargo against Tuvalu.", ["asserted opposes NRU>TUV"]],
    ["We appeal to Nauru to stop hostile activity against Tuvalu.", ["asserted opposes NRU>TUV"]],
    [
      "We urged Nauru and Palau to lift the sanctions on Tuvalu.",
      ["asserted opposes NRU>TUV", "asserted opposes PLW>TUV"],
    ],
  ])("%s", (body, expected) => {
    expect(speech(body)).toEqual(expected);
  });

  it("a request in a nested clause still names who acts", () => {
    expect(
      speech(
        "Kiribati calls upon the Council to act on resolutions requesting Nauru to promptly end its blockade of Tuvalu.",
      ),
    ).toEqual(["asserted opposes NRU>TUV"]);
  });

  it("who ends an act is not its agent", () => {
    expect(speech("We hope for a settlement that ends the occupation of Tuvalu.")).toEqual([]);
    expect(speech("We condemn the occupation of Tuvalu by Nauru.")).toContain("asserted opposes NRU>TUV");
  });

  it("a plain negation still negates", () => {
    expect(speech("Nauru did not stop its embargo against Tuvalu.")).toEqual(["negated opposes NRU>TUV"]);
  });
});

describe("demonyms and peoples are their states", () => {
  it.each([
    ["The Palestinian people were attacked by Israel.", ["asserted opposes ISR>PSE"]],
    ["Israel fought against the Soviets.", ["asserted opposes ISR>RUS"]],
    ["The Ukrainian regime attacked Russia.", ["asserted opposes UKR>RUS"]],
    ["The Georgian leader condemned Russia.", ["asserted opposes GEO>RUS"]],
    ["London and Washington condemned Tehran.", ["asserted opposes GBR>IRN", "asserted opposes USA>IRN"]],
    ["The United States imposed sanctions on Tripoli.", ["asserted opposes USA>LBY"]],
  ])("%s", (body, expected) => {
    expect(speech(body, "Press digest, 1999")).toEqual(expected);
  });
});

describe("trade flows are no partnership", () => {
  it.each([
    "Buyers turned to Peruvian wheat because of uncertain supplies from Chile and Norway.",
    "Imports from Norway to Chile rose in May.",
  ])("%s", (body) => {
    expect(speech(body, "Press digest, 1999").filter((c) => c.includes("partner"))).toEqual([]);
  });
  it("an arms supplier is a partner", () => {
    expect(speech("Chile is a major arms supplier to Peru.", "Press digest, 1999")).toEqual([
      "asserted partner CHL>PER",
    ]);
  });
});

describe("states listed with 'in cooperation with'", () => {
  it("pair with each other, not only with the first", () => {
    expect(speech("Chile, in cooperation with Peru and Norway, patrolled the coast.", "Press digest, 1999")).toEqual([
      "asserted partner CHL>NOR",
      "asserted partner CHL>PER",
      "asserted partner NOR>PER",
    ]);
  });
});
