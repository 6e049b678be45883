/** A titled sidebar section with optional actions on the right of the title. */
import type { ReactNode } from "react";

export function Section(props: { title: string; actions?: ReactNode; children: ReactNode; className?: string }) {
  return (
    <section className={`section ${props.className ?? ""}`}>
      <header className="section-head">
        <h2>{props.title}</h2>
        {props.actions && <div className="section-actions">{props.actions}</div>}
      </header>
      {props.children}
    </section>
  );
}
