// graphology-gexf's writer alone (common to its Node and browser builds), without the parser's DOM needs.
declare module "graphology-gexf/browser/writer" {
  import type { GexfWriterOptions } from "graphology-gexf/common/types";
  import type { AbstractGraph, Attributes } from "graphology-types";
  export default function write(graph: AbstractGraph, options?: GexfWriterOptions<Attributes, Attributes>): string;
}
