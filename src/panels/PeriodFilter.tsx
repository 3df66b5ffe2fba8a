// The timeline: a year slider over the span the data covers, with play/pause. Initiatives show in the
// years they run, forums in the year they take place, and their relations with them (the period filter:
// one year is from = to). A histogram under the sliders shows how much happens each year.
import { useEffect, useState } from 'react';
import { formatCount, useTranslation } from '../i18n/i18n.ts';
import { nextYear } from '../graph/timeline.ts';
import { useAtlas } from '../store/store.ts';
import { PLAY_STEP_MS, selectTimelineSpan, selectYearCounts } from '../store/timeline-selectors.ts';

const clamp = (year: number, span: { from: number; to: number }) => Math.min(span.to, Math.max(span.from, year));

export function PeriodFilter() {
  const { t } = useTranslation();
  const period = useAtlas((s) => s.filters.period);
  const setPeriod = useAtlas((s) => s.setPeriod);
  const span = useAtlas(selectTimelineSpan);
  const [playing, setPlaying] = useState(false);

  useEffect(() => {
    if (!playing || !span) return;
    const tick = () => {
      const current = useAtlas.getState().filters.period;
      const year = current && current.from === current.to ? nextYear(current.from, span) : span.from;
      useAtlas.getState().setPeriod({ from: year, to: year });
    };
    if (!period || period.from !== period.to) tick();
    const timer = setInterval(tick, PLAY_STEP_MS);
    return () => clearInterval(timer);
    // Only starting and stopping restarts the clock; each tick reads the period itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [playing, span]);

  if (!span) return <p className="hint">{t('facets.period.noDates')}</p>;
  const from = clamp(period?.from ?? span.from, span);
  const to = clamp(period?.to ?? span.to, span);
  // Years are written as they are (2009, never "2 009").
  const shown = !period
    ? t('facets.period.allYears')
    : period.from === period.to
      ? String(period.from)
      : `${period.from}–${period.to}`;
  const move = (which: 'from' | 'to', year: number) => {
    setPlaying(false);
    setPeriod(which === 'from' ? { from: year, to: Math.max(year, to) } : { from: Math.min(from, year), to: year });
  };

  return (
    <div className="timeline" role="group" aria-label={t('facets.period.timeline')}>
      <div className="timeline-head">
        <button type="button" aria-pressed={playing} onClick={() => setPlaying(!playing)}>
          {playing ? t('facets.period.pause') : t('facets.period.play')}
        </button>
        <output aria-live="polite" aria-label={t('facets.period.shown')}>
          {shown}
        </output>
        {period && (
          <button
            type="button"
            onClick={() => {
              setPlaying(false);
              setPeriod(null);
            }}
          >
            {t('facets.period.allYears')}
          </button>
        )}
      </div>
      <YearHistogram from={period ? from : null} to={period ? to : null} />
      <YearSlider label={t('facets.period.from')} value={from} span={span} onChange={(year) => move('from', year)} />
      <YearSlider label={t('facets.period.to')} value={to} span={span} onChange={(year) => move('to', year)} />
    </div>
  );
}

function YearSlider(props: {
  label: string;
  value: number;
  span: { from: number; to: number };
  onChange: (year: number) => void;
}) {
  return (
    <label className="year-slider">
      <span>{props.label}</span>
      <input
        type="range"
        min={props.span.from}
        max={props.span.to}
        step={1}
        value={props.value}
        onChange={(event) => props.onChange(Number(event.target.value))}
      />
      <span className="year">{props.value}</span>
    </label>
  );
}

/** One bar per year (initiatives running + forums held); years outside the period are dimmed. */
function YearHistogram({ from, to }: { from: number | null; to: number | null }) {
  const { t, i18n } = useTranslation();
  const counts = useAtlas(selectYearCounts);
  const count = (key: 'initiatives' | 'forums', n: number) =>
    t(`facets.period.${key}`, { count: n, formatted: formatCount(n, i18n.language) });
  if (!counts) return null;
  const most = Math.max(1, ...counts.map((c) => c.initiatives + c.forums));
  return (
    <div className="year-histogram" aria-hidden="true">
      {counts.map(({ year, initiatives, forums }) => (
        <span
          key={year}
          title={t('facets.period.year', {
            year: String(year),
            initiatives: count('initiatives', initiatives),
            forums: count('forums', forums),
          })}
          className={from !== null && to !== null && (year < from || year > to) ? 'out' : undefined}
          style={{ height: `${Math.max(2, (100 * (initiatives + forums)) / most)}%` }}
        />
      ))}
    </div>
  );
}
