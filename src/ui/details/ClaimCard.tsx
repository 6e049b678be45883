/** One claim: quote with the parties highlighted, its document, dates, and a link into the reader. */
import type { ReactNode } from "react";
import type { Claim, DocumentInfo } from "../../../extract/schema/graph";
import { formatSpan } from "../../time/dates";
import { QuoteText } from "./QuoteText";

export function ClaimCard(props: {
  claim: Claim;
  doc: DocumentInfo | undefined;
  groups: string[][];
  onOpen: (doc: string, range: [number, number] | null) => void;
  badge?: string;
  /** Under the card: e.g. the analyst's verdict on this claim. */
  footer?: ReactNode;
}) {
  const { claim, doc } = props;
  const readable = Boolean(doc?.text);
  return (
    <article className="claim" data-testid="claim">
      {props.badge && <span className="badge warn">{props.badge}</span>}
      <QuoteText quote={claim.quote} groups={props.groups} />
      <dl className="claim-meta">
        <dt>Document</dt>
        <dd className="doc-title" data-testid="claim-doc-title">
          {doc?.title || claim.doc}
        </dd>
        <dt>Published</dt>
        <dd>{doc?.published ?? "unknown"}</dd>
        <dt>Claim date</dt>
        <dd>
          {formatSpan(claim.start, claim.end)}
          {claim.timeSource && <span className="muted"> · from {claim.timeSource}</span>}
        </dd>
        {claim.trigger && (
          <>
            <dt>Trigger</dt>
            <dd>“{claim.trigger}”</dd>
          </>
        )}
      </dl>
      <button
        type="button"
        className="link open-doc"
        disabled={!readable}
        title={readable ? "Open the document at this sentence" : "This graph does not include the document text"}
        onClick={() => props.onOpen(claim.doc, claim.offset ?? null)}
        data-testid="open-document"
      >
        Open in document ›
      </button>
      {props.footer}
    </article>
  );
}
