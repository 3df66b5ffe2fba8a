// The canvas's element and what it says (no sigma here, so it renders anywhere): a focusable region
// named and explained in the interface language, and the live region where keyboard.ts announces.
import type { Ref } from 'react';
import { useTranslation } from '../i18n/i18n.ts';

export function CanvasFrame({ container, live }: { container: Ref<HTMLDivElement>; live: Ref<HTMLParagraphElement> }) {
  const { t } = useTranslation();
  // Focusable (keyboard.ts handles the keys); the live region's text is set by keyboard.ts when it
  // speaks, in the language of that moment, never rendered here.
  return (
    <>
      <div
        ref={container}
        id="atlas-graph"
        className="graph-canvas"
        data-testid="graph-canvas"
        aria-label={t('canvas.label')}
        aria-describedby="atlas-graph-keys"
        aria-roledescription={t('canvas.roleDescription')}
        role="application"
        tabIndex={0}
      />
      <p id="atlas-graph-keys" className="visually-hidden">
        {t('canvas.keys')}
      </p>
      <p ref={live} className="visually-hidden" aria-live="polite" data-testid="graph-announcer" />
    </>
  );
}
