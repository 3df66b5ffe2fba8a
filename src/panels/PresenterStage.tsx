// The presenter's stage over the canvas: a large caption card with the step's title, caption and
// evidence line, the step counter and progress, and touch-sized controls; a black screen when blanked.
import { useTranslation } from '../i18n/i18n.ts';
import { useAtlas } from '../store/store.ts';

function EvidenceLine({ source, quote }: { source: string; quote: string }) {
  const document = useAtlas((s) => s.graph?.getAttribute('sources').find((d) => d.id === source));
  return (
    <p className="stage-evidence">
      <q lang="en">{quote}</q> — {document?.title ?? source}
    </p>
  );
}

export function PresenterStage() {
  const { t } = useTranslation();
  const presenting = useAtlas((s) => s.presenting);
  const tour = useAtlas((s) => s.tours.find((t) => t.id === s.presenting?.tour));
  const attract = useAtlas((s) => s.attract);
  const autoplay = useAtlas((s) => s.autoplay);
  const blanked = useAtlas((s) => s.blanked);
  const kiosk = useAtlas((s) => s.kiosk !== null);
  const actions = useAtlas.getState();
  if (!presenting || !tour) return null;
  const step = tour.steps[presenting.step]!;
  const count = tour.steps.length;
  const TourTitle = kiosk ? 'p' : 'h1';
  return (
    <>
      <section className="stage-card" data-covers-canvas aria-label={t('stage.label')} aria-live="polite">
        {/* The header (and its h1) is hidden on the presenter's stage: the tour's title heads the page. */}
        <TourTitle className="stage-tour" lang="en">
          {tour.title}
        </TourTitle>
        <h2 className="stage-title" lang="en">
          {step.title}
        </h2>
        <p className="stage-caption" lang="en">
          {step.caption}
        </p>
        <EvidenceLine {...step.evidence} />
        <div
          className="stage-progress"
          role="progressbar"
          aria-valuemin={1}
          aria-valuemax={count}
          aria-valuenow={presenting.step + 1}
          aria-label={t('stage.progress')}
        >
          <div style={{ width: `${((presenting.step + 1) / count) * 100}%` }} />
        </div>
        <div className="stage-footer">
          <span className="stage-counter" data-testid="step-counter">
            {t('stage.counter', { step: presenting.step + 1, count })}
          </span>
          {attract ? (
            <span className="stage-hint">{t('stage.touchHint')}</span>
          ) : (
            <span className="stage-controls">
              <button
                type="button"
                onClick={actions.previousStep}
                disabled={presenting.step === 0}
                aria-label={t('stage.previous')}
              >
                ‹
              </button>
              <button type="button" onClick={() => actions.setAutoplay(!autoplay)} aria-pressed={autoplay}>
                {t(autoplay ? 'stage.pause' : 'stage.play')}
              </button>
              <button
                type="button"
                onClick={actions.nextStep}
                disabled={presenting.step + 1 === count}
                aria-label={t('stage.next')}
              >
                ›
              </button>
              <button type="button" onClick={actions.stopPresenting} aria-label={t('stage.leave')}>
                ✕
              </button>
            </span>
          )}
        </div>
      </section>
      {blanked && (
        <div className="stage-blank" data-testid="blank" onClick={actions.toggleBlank} aria-label={t('stage.blank')} />
      )}
    </>
  );
}
