/**
 * Document metadata: title and publication date.
 */
export { findDates, parseUserDate, type FoundDate } from "./dates";
export { dateFromUrl, findPublished, type DatingInput, type PublishedOptions, type PublishedResult } from "./published";
export { findTitle, stripSiteName, type TitleBlock, type TitleFound } from "./title";
