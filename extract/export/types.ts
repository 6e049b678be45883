/** A file an export produces: its name, MIME type and text. */
export interface ExportFile {
  name: string;
  mime: string;
  content: string;
}

export const EXPORT_FORMATS = ["json", "gexf", "graphml", "csv"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
