/** Shown when nothing is selected: what is in the file, the busiest states, and how to start. */
import { useMemo } from "react";
import { NODE_KINDS, RELATIONS, type Lang } from "../../../extract/schema/graph";
import type { FullGraph } from "../../data/types";
import { KIND_LABELS, RELATION_COLORS, RELATION_LABELS } from "../../render/palette";
import { fmt } from "../common/format";
import { NodeLink } from "./NodeLink";

function topCountries(full: FullGraph, k: number): number[] {
  const idx: number[] = [];
  full.nodes.attrs.forEach((a, i) => a.kind === "country" && idx.push(i));
  return idx.sort((a, b) => full.nodes.degree[b] - full.nodes.degree[a]).slice(0, k);
}

function stats(full: FullGraph) {
  const kinds = NODE_KINDS.map((k) => [k, full.nodes.attrs.filter((a) => a.kind === k).length] as const);
  const rels = RELATIONS.map((r, i) => [r, full.edges.relation.filter((x) => x === i).length] as const);
  const claims = full.edges.claimCount.reduce((a, b) => a + b, 0);
  return { kinds, rels, claims, top: topCountries(full, 8) };
}

export function Overview({
  full,
  lang,
  onSelectNode,
}: {
  full: FullGraph;
  lang: Lang;
  onSelectNode: (key: string) => void;
}) {
  // Static per file: computed once, not on every era step.
  const { kinds, rels, claims, top } = useMemo(() => stats(full), [full]);
  return (
    <div className="details overview" data-testid="overview">
      <h1 className="title">Overview</h1>
      <p className="muted">
        Click a node or an edge, or search by name, to see its evidence. Drag on the timeline to choose an era.
      </p>
      <dl className="facts">
        {kinds.map(([k, n]) => (
          <div key={k} className="fact-pair">
            <dt>{KIND_LABELS[k]}</dt>
            <dd className="num">{fmt(n)}</dd>
          </div>
        ))}
        <div className="fact-pair">
          <dt>Documents</dt>
          <dd className="num">{fmt(full.documents.size)}</dd>
        </div>
        <div className="fact-pair">
          <dt>Claims</dt>
          <dd className="num">{fmt(claims)}</dd>
        </div>
        <div className="fact-pair">
          <dt>Excluded</dt>
          <dd className="num">{fmt(full.excluded.claims.length)}</dd>
        </div>
      </dl>
      <h2 className="subhead">Edges by relation</h2>
      <ul className="rel-bars">
        {rels.map(([r, n]) => (
          <li key={r}>
            <span>{RELATION_LABELS[r]}</span>
            <span className="bar-track">
              <span
                style={{
                  width: `${full.edges.keys.length ? (100 * n) / full.edges.keys.length : 0}%`,
                  background: RELATION_COLORS[r],
                }}
              />
            </span>
            <span className="num">{fmt(n)}</span>
          </li>
        ))}
      </ul>
      <h2 className="subhead">Most connected states</h2>
      <ol className="top-list">
        {top.map((i) => (
          <li key={i}>
            <NodeLink full={full} index={i} lang={lang} onSelect={onSelectNode} />
            <span className="muted num">{fmt(full.nodes.degree[i])}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
