// A collapsible panel section with a heading (native <details>, keyboard-accessible); the title is an
// h2 so that headings inside sections (h3) follow in order.
import type { ReactNode } from 'react';

export function Section({ title, children, open = true }: { title: string; children: ReactNode; open?: boolean }) {
  return (
    <details className="section" open={open}>
      <summary>
        <h2 className="section-title">{title}</h2>
      </summary>
      <div className="section-body">{children}</div>
    </details>
  );
}
