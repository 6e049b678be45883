/** A claim's sentence with both parties' names marked. Plain React text — never HTML. */
import { highlightNames } from "../../quote/highlight";

export function QuoteText({ quote, groups }: { quote: string; groups: string[][] }) {
  return (
    <blockquote className="quote" data-testid="claim-quote">
      {highlightNames(quote, groups).map((s, i) =>
        s.side === null ? (
          <span key={i}>{s.text}</span>
        ) : (
          <mark key={i} className={`party party-${s.side}`}>
            {s.text}
          </mark>
        ),
      )}
    </blockquote>
  );
}
