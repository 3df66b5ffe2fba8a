// The kiosk's visitor screen once a touch has stopped the attract loop: "Touch a country", a few
// large tour buttons and the search; with a node chosen, only the search and "Start again".
import { useTranslation } from '../i18n/i18n.ts';
import { useAtlas } from '../store/store.ts';
import { SearchBox } from './SearchBox.tsx';

export function KioskStart() {
  const { t } = useTranslation();
  const kiosk = useAtlas((s) => s.kiosk !== null);
  const presenting = useAtlas((s) => s.presenting !== null);
  const chosen = useAtlas((s) => s.selectedNode !== null || s.analysis !== null);
  const tours = useAtlas((s) => s.tours);
  const present = useAtlas((s) => s.present);
  const clearSelection = useAtlas((s) => s.clearSelection);
  if (!kiosk || presenting) return null;
  return (
    <section className="kiosk-start" data-covers-canvas aria-label={t('kiosk.label')}>
      {!chosen && <h2>{t('kiosk.touchCountry')}</h2>}
      <div className="kiosk-search">
        <SearchBox />
        {chosen && (
          <button type="button" onClick={clearSelection}>
            {t('kiosk.startAgain')}
          </button>
        )}
      </div>
      {!chosen && (
        <>
          <p>{t('kiosk.orTour')}</p>
          <ul className="kiosk-tours">
            {tours.slice(0, 6).map((tour) => (
              <li key={tour.id}>
                <button type="button" lang="en" onClick={() => present(tour.id, 0, { autoplay: true })}>
                  {tour.title}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
