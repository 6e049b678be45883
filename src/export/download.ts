/**
 * Saves a blob or text as a file through a temporary object URL and an `<a download>` click.
 *
 * @example
 * download("graph.gexf", xml, "application/gexf+xml");
 */
export function download(name: string, content: Blob | string, mime = "application/octet-stream"): void {
  const blob = typeof content === "string" ? new Blob([content], { type: mime }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.rel = "noopener";
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked later: some browsers read the URL after the click event returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
