/**
 * One-off generator for extract/data/countries.json: every ISO 3166-1 entry from `i18n-iso-countries`
 * with its alpha-3 code and all Chinese (zh) and English (en) names. Curated aliases live apart in
 * extract/data/countries.aliases.json, so rerunning this never loses hand edits.
 *
 * @example
 * npx tsx scripts/gen-countries.ts && npx prettier --write extract/data/countries.json
 */
import countries from "i18n-iso-countries";
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
countries.registerLocale(require("i18n-iso-countries/langs/zh.json"));
countries.registerLocale(require("i18n-iso-countries/langs/en.json"));

const asList = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

const zh = countries.getNames("zh", { select: "all" });
const en = countries.getNames("en", { select: "all" });

const rows = Object.keys(countries.getAlpha2Codes())
  .map((iso2) => ({
    code: countries.alpha2ToAlpha3(iso2) ?? "",
    iso2,
    zh: asList(zh[iso2]),
    en: asList(en[iso2]),
  }))
  .filter((r) => /^[A-Z]{3}$/.test(r.code))
  .sort((a, b) => a.code.localeCompare(b.code));

const out = new URL("../extract/data/countries.json", import.meta.url);
writeFileSync(out, JSON.stringify(rows, null, 2) + "\n");
console.log(`wrote ${rows.length} countries to ${out.pathname}`);
