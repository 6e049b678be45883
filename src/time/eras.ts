/** Era presets shown under the timeline. Years are inclusive. Data, not logic: add rows freely. */
export interface EraPreset {
  id: string;
  label: string;
  /** Chip text on the timeline. */
  short: string;
  from: number;
  to: number;
}

export const ERA_PRESETS: readonly EraPreset[] = [
  { id: "late-qing", label: "Late Qing & Sino-Japanese wars", short: "Late Qing", from: 1890, to: 1911 },
  { id: "ww1", label: "World War I", short: "WWI", from: 1914, to: 1918 },
  { id: "interwar", label: "Interwar", short: "Interwar", from: 1919, to: 1938 },
  { id: "ww2", label: "World War II", short: "WWII", from: 1939, to: 1945 },
  { id: "cold-war", label: "Cold War", short: "Cold War", from: 1947, to: 1991 },
  { id: "post-cold-war", label: "Post-Cold War", short: "Post-Cold War", from: 1992, to: 2013 },
  { id: "since-2014", label: "Since 2014", short: "Since 2014", from: 2014, to: 2025 },
];

/** The preset containing `year`, or null (used to group a node's relations by period). */
export function presetForYear(year: number): EraPreset | null {
  return ERA_PRESETS.find((p) => year >= p.from && year <= p.to) ?? null;
}
