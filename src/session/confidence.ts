/**
 * Edge confidence from the number of independent documents — the extraction's rule
 * (`confidenceFor` in extract/graph/build.ts), restated here because importing that module would
 * pull the gazetteers into the viewer's bundle. `confidence.test.ts` keeps the two equal.
 *
 * @example
 * confidenceFor(2) // 0.75
 */
export function confidenceFor(docCount: number): number {
  return Math.round((1 - 0.5 ** docCount) * 1000) / 1000;
}
