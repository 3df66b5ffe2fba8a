// The "Present" control: lists the tours; choosing one puts its first step on stage.
import { useTranslation } from '../i18n/i18n.ts';
import { useState } from 'react';
import { useAtlas } from '../store/store.ts';

export function PresentMenu() {
  const { t } = useTranslation();
  const tours = useAtlas((s) => s.tours);
  const present = useAtlas((s) => s.present);
  const [open, setOpen] = useState(false);
  if (tours.length === 0) return null;
  return (
    <div className="present-menu">
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('present.button')}
      </button>
      {open && (
        <ul aria-label={t('present.tours')}>
          {tours.map((tour) => (
            <li key={tour.id}>
              <button
                type="button"
                onClick={() => {
                  setOpen(false);
                  present(tour.id);
                }}
              >
                <strong lang="en">{tour.title}</strong>
                <span>{tour.summary}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
