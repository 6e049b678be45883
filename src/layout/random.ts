/**
 * Seeded PRNG (mulberry32) so layouts, generated graphs and screenshots repeat: the project's one
 * generator, extract/eval/sample.ts.
 *
 * @example
 * const rand = seededRandom(42); rand(); // 0 ≤ r < 1, same sequence every run
 */
export { seededRandom } from "../../extract/eval/sample";
