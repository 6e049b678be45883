/**
 * Country and leader gazetteers built from extract/data/ (lazily, once per module instance).
 *
 * @example
 * countryInfo("country:RUS")?.label // "俄罗斯"
 * leaderInfo("leader:vladimir-putin")?.country // "country:RUS"
 */
import { ALIASES, CAPITALS, ISO_COUNTRIES, LEADERS, type LeaderTerm } from "./data";
import { foldWidth } from "./text";

export interface CountryInfo {
  key: string;
  code: string;
  label: string;
  labelEn: string;
  /** Chinese and English names, former names included (not capitals). */
  names: string[];
  capital?: string;
  capitalEn?: string;
  lat?: number;
  lng?: number;
}

export interface LeaderInfo {
  key: string;
  label: string;
  labelEn: string;
  names: string[];
  /** Node key of the state led, country:XXX. */
  country: string;
  role: string;
  terms: LeaderTerm[];
}

/** Surface forms of one state by how they name it. */
export interface CountrySurfaces {
  code: string;
  name: string[];
  historical: string[];
  capital: string[];
  demonym: string[];
}

interface Gazetteer {
  countries: Map<string, CountryInfo>;
  surfaces: CountrySurfaces[];
  leaders: Map<string, LeaderInfo>;
}

let cache: Gazetteer | null = null;

const uniq = (xs: string[]): string[] => [...new Set(xs.map((x) => x.trim()).filter((x) => x !== ""))];

/** The shortest plain English name: no comma or parenthesis, not an all-caps abbreviation. */
function pickLabelEn(en: string[]): string {
  const plain = en.filter((n) => !/[,(]/.test(n) && !/^[A-Z.]+$/.test(n));
  const pool = plain.length > 0 ? plain : en;
  return pool.reduce((a, b) => (b.length < a.length ? b : a), pool[0] ?? "");
}

function build(): Gazetteer {
  const countries = new Map<string, CountryInfo>();
  const surfaces: CountrySurfaces[] = [];
  const noMatch = new Set(ALIASES.noMatch);
  for (const iso of ISO_COUNTRIES) {
    const drop = new Set(ALIASES.dropNames[iso.code] ?? []);
    const extra = ALIASES.aliases[iso.code] ?? {};
    const zh = uniq([...iso.zh.filter((n) => !drop.has(n)), ...(extra.zh ?? [])]);
    const en = uniq([...iso.en.filter((n) => !drop.has(n)), ...(extra.en ?? [])]);
    const historical = uniq(extra.historical ?? []);
    const label = ALIASES.labels[iso.code]?.zh ?? zh[0] ?? iso.zh[0] ?? iso.code;
    const labelEn = ALIASES.labels[iso.code]?.en ?? pickLabelEn(en.length > 0 ? en : iso.en);
    const cap = CAPITALS[iso.code];
    const info: CountryInfo = {
      key: `country:${iso.code}`,
      code: iso.code,
      label,
      labelEn,
      names: uniq([label, ...zh, labelEn, ...en, ...historical]),
    };
    if (cap) Object.assign(info, { capital: cap[0], capitalEn: cap[1], lat: cap[2], lng: cap[3] });
    countries.set(info.key, info);
    if (!noMatch.has(iso.code)) {
      surfaces.push({
        code: iso.code,
        name: uniq([...zh, ...en].map(foldWidth)),
        historical: uniq(historical.map(foldWidth)),
        capital: uniq((extra.capital ?? []).map(foldWidth)),
        demonym: uniq((extra.demonymEn ?? []).map(foldWidth)),
      });
    }
  }
  const leaders = new Map<string, LeaderInfo>();
  for (const l of LEADERS) {
    const info: LeaderInfo = {
      key: `leader:${l.slug}`,
      label: l.zh[0] ?? l.en[0] ?? l.slug,
      labelEn: l.en[0] ?? l.slug,
      names: uniq([...l.zh, ...l.en]),
      country: `country:${l.state}`,
      role: l.role,
      terms: l.terms,
    };
    leaders.set(info.key, info);
  }
  return { countries, surfaces, leaders };
}

function gazetteer(): Gazetteer {
  cache ??= build();
  return cache;
}

/**
 * The gazetteer entry of a country node key.
 *
 * @example
 * countryInfo("country:PRK") // { key: "country:PRK", label: "朝鲜", labelEn: "North Korea", lat: 39.04, … }
 */
export function countryInfo(key: string): CountryInfo | undefined {
  return gazetteer().countries.get(key);
}

/**
 * The gazetteer entry of a known leader's node key.
 *
 * @example
 * leaderInfo("leader:kim-jong-un")?.country // "country:PRK"
 */
export function leaderInfo(key: string): LeaderInfo | undefined {
  return gazetteer().leaders.get(key);
}

/** Every country in the gazetteer (ISO 3166-1, 250 entries). */
export function allCountries(): CountryInfo[] {
  return [...gazetteer().countries.values()];
}

/** Every known leader. */
export function allLeaders(): LeaderInfo[] {
  return [...gazetteer().leaders.values()];
}

/** Surface forms of the states that are matched in text (noMatch entries left out). */
export function countrySurfaces(): CountrySurfaces[] {
  return gazetteer().surfaces;
}
