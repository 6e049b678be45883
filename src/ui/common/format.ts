/** Number formatting for counts (thin grouping, tabular in CSS). */
const NF = new Intl.NumberFormat("en-US");

export function fmt(n: number): string {
  return NF.format(n);
}
