/** Details of one node: names, kind facts, and relations grouped by type and period. */
import { useMemo } from "react";
import type { Lang } from "../../../extract/schema/graph";
import type { FullGraph } from "../../data/types";
import { KIND_COLORS, RELATION_COLORS, RELATION_LABELS } from "../../render/palette";
import { NoteEditor } from "../../session/ui/NoteEditor";
import { PinButton } from "../../session/ui/PinButton";
import { groupRelations } from "./group";
import { allNames, dualLabel } from "./names";
import { NodeLink } from "./NodeLink";

const ROWS_PER_PERIOD = 40;
const KIND_NAMES = { country: "Country", leader: "Leader", treaty: "Treaty" };

export function NodeDetails(props: {
  full: FullGraph;
  index: number;
  lang: Lang;
  edgeVisible: Uint8Array;
  onSelectNode: (key: string) => void;
  /** Opens the history of this node and another state (`<key>|<key>`). */
  onSelectPair: (pair: string) => void;
  onSelectEdge: (key: string) => void;
}) {
  const { full, index, lang } = props;
  const a = full.nodes.attrs[index];
  const [main, other] = dualLabel(a, lang);
  // A scan of every edge: once per node, not on every era step.
  const groups = useMemo(() => groupRelations(full, index), [full, index]);
  const leads = groups.find((g) => g.relation === "leader-of");
  const country = a.country
    ? full.nodes.index.get(a.country.startsWith("country:") ? a.country : `country:${a.country}`)
    : undefined;
  return (
    <div className="details" data-testid="node-details" data-key={full.nodes.keys[index]}>
      <div className="kicker">
        <span className="chip" style={{ background: KIND_COLORS[a.kind] }}>
          {KIND_NAMES[a.kind]}
        </span>
        <code className="muted">{full.nodes.keys[index]}</code>
        <PinButton node={full.nodes.keys[index]} />
      </div>
      <h1 className="title" data-testid="node-title">
        {main}
        {other && <span className="title-sub">{other}</span>}
      </h1>
      <dl className="facts">
        <dt>Names</dt>
        <dd className="names">
          {allNames(a).map((n) => (
            <span key={n} className="name-chip">
              {n}
            </span>
          ))}
        </dd>
        {a.kind === "leader" && country !== undefined && (
          <>
            <dt>Leads</dt>
            <dd>
              <NodeLink full={full} index={country} lang={lang} onSelect={props.onSelectNode} />
              {a.role && <span className="muted"> · {a.role}</span>}
            </dd>
          </>
        )}
        {a.kind === "leader" && leads && (
          <>
            <dt>Terms</dt>
            <dd>{leads.periods.flatMap((p) => p.rows.map((r) => r.span)).join("; ")}</dd>
          </>
        )}
        {a.kind === "treaty" && (
          <>
            <dt>Signed</dt>
            <dd>{a.year ?? "unknown"}</dd>
          </>
        )}
        {a.lat !== undefined && a.lng !== undefined && (
          <>
            <dt>Location</dt>
            <dd className="num">
              {a.lat.toFixed(2)}, {a.lng.toFixed(2)}
            </dd>
          </>
        )}
      </dl>
      <NoteEditor target={{ type: "node", key: full.nodes.keys[index] }} />
      <h2 className="subhead">Relations</h2>
      {groups.length === 0 && <p className="muted">No relations.</p>}
      {groups.map((g) => (
        <section key={g.relation} className="rel-group" data-testid={`node-relations-${g.relation}`}>
          <h3>
            <span className="swatch-line" style={{ background: RELATION_COLORS[g.relation] }} aria-hidden="true" />
            {g.relation === "party-to" && a.kind === "treaty" ? "Parties" : RELATION_LABELS[g.relation]}
            <span className="muted num">{g.count}</span>
          </h3>
          {g.periods.map((p) => (
            <div key={p.period} className="period">
              <div className="period-label">{p.period}</div>
              <ul>
                {p.rows.slice(0, ROWS_PER_PERIOD).map((r) => (
                  <li key={r.edge} className={props.edgeVisible[r.edge] ? "" : "filtered"}>
                    <span className="dir" aria-hidden="true">
                      {full.edges.directed[r.edge] ? (r.outgoing ? "→" : "←") : "—"}
                    </span>
                    <NodeLink full={full} index={r.other} lang={lang} onSelect={props.onSelectNode} />
                    <button
                      type="button"
                      className="link span"
                      onClick={() => props.onSelectEdge(full.edges.keys[r.edge])}
                      title="Show this relation's evidence"
                    >
                      {r.span}
                      <span className="muted">
                        {" "}
                        · {r.claims} claim{r.claims === 1 ? "" : "s"}
                      </span>
                    </button>
                    {a.kind === "country" && full.nodes.attrs[r.other].kind === "country" && (
                      <button
                        type="button"
                        className="link pair-link"
                        onClick={() =>
                          props.onSelectPair([full.nodes.keys[props.index], full.nodes.keys[r.other]].sort().join("|"))
                        }
                        title="History of this pair: every relation, claims per year"
                        data-testid="node-pair-link"
                      >
                        history
                      </button>
                    )}
                  </li>
                ))}
                {p.rows.length > ROWS_PER_PERIOD && (
                  <li className="muted">and {p.rows.length - ROWS_PER_PERIOD} more</li>
                )}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
