// A collapsible panel section with a heading (native <details>, keyboard-accessible).
import type { ReactNode } from 'react';

export function Section({ title, children, open = true }: { title: string; children: ReactNode; open?: boolean }) {
  return (
    <details className="section" open={open}>
      <summary>{title}</summary>
      <div className="section-body">{children}</div>
    </details>
  );
}
