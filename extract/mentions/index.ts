/**
 * Mention finding for Entente: countries, leaders and treaties in `CleanDocument.norm`.
 *
 * @example
 * const mentions = findMentions(doc.norm);
 * const leaders = findLeaders(doc, sentences, mentions);
 * const treaties = findTreaties(doc, sentences, mentions);
 * countryInfo("country:RUS")?.labelEn; // "Russia"
 */
export { findMentions } from "./find-mentions";
export { allCountries, allLeaders, countryInfo, leaderInfo } from "./gazetteer";
export type { CountryInfo, LeaderInfo } from "./gazetteer";
export { discoveredLeaderKey, findLeaders } from "./leaders";
export { findTreaties, treatyInfo } from "./treaties";
export type { TreatyInfo } from "./treaties";
