// Zoom in, zoom out and "fit the graph", as 44 px buttons for touch screens and as keys (+, -, 0)
// anywhere outside a text field. The renderer carries the moves out; this only asks the store.
import { useTranslation } from '../i18n/i18n.ts';
import { useEffect } from 'react';
import { useAtlas } from '../store/store.ts';

export const ZOOM_KEYS: Record<string, 'in' | 'out' | 'fit'> = { '+': 'in', '=': 'in', '-': 'out', '0': 'fit' };

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

const zoom = (how: 'in' | 'out' | 'fit') =>
  useAtlas
    .getState()
    .moveCamera(how === 'fit' ? { kind: 'fit' } : { kind: 'zoom', factor: how === 'in' ? 1.5 : 1 / 1.5 });

export function ZoomControls() {
  const { t } = useTranslation();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const how = ZOOM_KEYS[event.key];
      if (!how || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      zoom(how);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="zoom-controls" data-covers-canvas role="group" aria-label={t('zoom.label')}>
      <button type="button" onClick={() => zoom('in')} aria-label={t('zoom.in')} title={`${t('zoom.in')} (+)`}>
        +
      </button>
      <button type="button" onClick={() => zoom('out')} aria-label={t('zoom.out')} title={`${t('zoom.out')} (−)`}>
        −
      </button>
      <button type="button" onClick={() => zoom('fit')} aria-label={t('zoom.fit')} title={`${t('zoom.fit')} (0)`}>
        ⤢
      </button>
    </div>
  );
}
