// An error boundary wired to the app's store: a part of the screen that fails offers "Reset the
// view" (selection, filters, analysis, camera) and "Try again", and the rest keeps working.
import type { ReactNode } from 'react';
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { useAtlas } from '../store/store.ts';
import { resetView } from '../store/reset-view.ts';

const reset = () => resetView(useAtlas);

export function Guarded({ name, children }: { name: string; children: ReactNode }) {
  return (
    <ErrorBoundary name={name} onReset={reset}>
      {children}
    </ErrorBoundary>
  );
}
