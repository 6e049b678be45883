/** Short, readable times for the session list ("just now", "5 min ago", "12 Mar 2026, 14:05"). */
export function ago(iso: string, now = Date.now()): string {
  const t = Date.parse(iso);
  if (!Number.isFinite(t)) return "";
  const s = Math.round((now - t) / 1000);
  if (s < 45) return "just now";
  if (s < 3600) return `${Math.max(1, Math.round(s / 60))} min ago`;
  if (s < 86400) return `${Math.round(s / 3600)} h ago`;
  return new Date(t).toLocaleString(undefined, {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  });
}

/** "3 notes · 1 rejected · 2 documents" — only the non-zero counts. */
export function countsLine(c: {
  notes: number;
  confirmed: number;
  rejected: number;
  pinned: number;
  documents: number;
}): string {
  const parts: string[] = [];
  const add = (n: number, one: string, many: string) => n > 0 && parts.push(`${n} ${n === 1 ? one : many}`);
  add(c.notes, "note", "notes");
  add(c.confirmed, "confirmed", "confirmed");
  add(c.rejected, "rejected", "rejected");
  add(c.pinned, "pinned", "pinned");
  add(c.documents, "added document", "added documents");
  return parts.join(" · ") || "No notes or verdicts yet";
}
