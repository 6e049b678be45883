/** Character classes shared by the scanners. */
import { digitValue } from "./numerals";

/** ASCII A–Z, a–z. */
export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** ASCII letter or (ASCII / full-width) digit. */
export function isAlnum(c: number): boolean {
  return isAsciiLetter(c) || digitValue(c) >= 0;
}
