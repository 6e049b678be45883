import pkg from "../package.json";

/** Entente's version, as written into graph.json's `attributes.generator`. */
export const VERSION: string = pkg.version;
