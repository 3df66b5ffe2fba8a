// An error boundary wired to the app's store: a part of the screen that fails offers "Reset the
// view" (selection, filters, analysis, camera) and "Try again", and the rest keeps working. The part
// is named by its key under chrome.errors.part, so the message is said in the interface language.
import type { ReactNode } from 'react';
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { useTranslation } from '../i18n/i18n.ts';
import { useAtlas } from '../store/store.ts';
import { resetView } from '../store/reset-view.ts';
import type en from '../i18n/en.json';

export type GuardedPart = keyof (typeof en)['chrome']['errors']['part'];

const reset = () => resetView(useAtlas);

export function Guarded({ part, children }: { part: GuardedPart; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <ErrorBoundary
      title={t('chrome.errors.stopped', { part: t(`chrome.errors.part.${part}`) })}
      labels={{ reset: t('chrome.errors.reset'), retry: t('chrome.errors.retry') }}
      onReset={reset}
    >
      {children}
    </ErrorBoundary>
  );
}
