/** Test helper: a CleanDocument for an English text (as the cleaner would build it). */
import type { CleanDocument } from "../types";

export function englishDoc(
  text: string,
  published: string | null = "2024-06-01",
  id = "en.txt",
  title = "",
): CleanDocument {
  return {
    id,
    charset: "UTF-8",
    format: "txt",
    title,
    published,
    publishedSource: published ? "user" : "none",
    lang: "en",
    text,
    norm: text,
    dropped: [],
  };
}
