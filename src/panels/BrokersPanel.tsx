// Brokers and groups: degree, betweenness and Louvain communities (computed in a worker), the
// colour and size encodings that use them, and the ranked list of brokers.
import type { TFunction } from 'i18next';
import { formatCount, useTranslation } from '../i18n/i18n.ts';
import { useAtlas } from '../store/store.ts';
import { selectBrokers, selectCommunityCount } from '../store/selectors.ts';
import type { ColorBy, SizeBy } from '../store/analysis-slice.ts';
import type { Metrics } from '../analysis/metrics.ts';
import { COMMUNITY_PALETTE } from '../appearance/encodings.ts';
import { formatDecimal } from './analysis-text.ts';

const COLOR_BY: ColorBy[] = ['kind', 'community', 'betweenness', 'degree'];
const SIZE_BY: SizeBy[] = ['degree', 'betweenness'];

/** What the colours and sizes mean, and (once computed) how many communities and how betweenness was computed. */
function legend(
  t: TFunction,
  lang: string,
  colorBy: ColorBy,
  sizeBy: SizeBy,
  metrics: Metrics | null,
  communities: number,
) {
  const colours = COMMUNITY_PALETTE.length;
  const colour =
    colorBy === 'community'
      ? t('analysis.brokers.colour.community', { count: colours, formatted: formatCount(colours, lang) })
      : t(`analysis.brokers.colour.${colorBy}`);
  const size = t('analysis.brokers.size', { measure: t(`analysis.measures.${sizeBy}`) });
  if (!metrics) return `${colour} ${size}`;
  const samples = /^sampled\((\d+)\)$/.exec(metrics.betweennessMethod)?.[1];
  const method = samples
    ? t('analysis.brokers.sampled', { count: Number(samples), formatted: formatCount(Number(samples), lang) })
    : t('analysis.brokers.exact');
  const found = t('analysis.brokers.communities', {
    count: communities,
    formatted: formatCount(communities, lang),
    method,
  });
  return `${colour} ${size} ${found}`;
}

export function BrokersPanel() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const status = useAtlas((s) => s.metricsStatus);
  const error = useAtlas((s) => s.metricsError);
  const metrics = useAtlas((s) => s.metrics);
  const communities = useAtlas(selectCommunityCount);
  const brokers = useAtlas(selectBrokers);
  const colorBy = useAtlas((s) => s.colorBy);
  const sizeBy = useAtlas((s) => s.sizeBy);
  const setColorBy = useAtlas((s) => s.setColorBy);
  const setSizeBy = useAtlas((s) => s.setSizeBy);
  const runMetrics = useAtlas((s) => s.runMetrics);
  const selectNode = useAtlas((s) => s.selectNode);

  return (
    <section aria-label={t('sections.brokers')} className="analysis-section">
      {status === 'running' && <p role="status">{t('analysis.brokers.running')}</p>}
      {status === 'error' && (
        <p role="alert">
          {t('analysis.brokers.failed', { error })}{' '}
          <button onClick={() => void runMetrics()}>{t('analysis.brokers.retry')}</button>
        </p>
      )}
      <div className="encodings">
        <label>
          {t('analysis.brokers.colourBy')}{' '}
          <select value={colorBy} onChange={(e) => setColorBy(e.target.value as ColorBy)} disabled={status !== 'ready'}>
            {COLOR_BY.map((measure) => (
              <option key={measure} value={measure}>
                {t(`analysis.measures.${measure}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('analysis.brokers.sizeBy')}{' '}
          <select value={sizeBy} onChange={(e) => setSizeBy(e.target.value as SizeBy)} disabled={status !== 'ready'}>
            {SIZE_BY.map((measure) => (
              <option key={measure} value={measure}>
                {t(`analysis.measures.${measure}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="hint">{legend(t, lang, colorBy, sizeBy, status === 'ready' ? metrics : null, communities)}</p>
      {brokers && (
        <table className="panel-table" aria-label={t('analysis.brokers.tableLabel')}>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t('analysis.brokers.actor')}</th>
              <th scope="col">{t('analysis.brokers.betweenness')}</th>
              <th scope="col">{t('analysis.brokers.degree')}</th>
            </tr>
          </thead>
          <tbody>
            {brokers.map((broker, index) => (
              <tr key={broker.node}>
                <td>{formatCount(index + 1, lang)}</td>
                <td>
                  <button
                    type="button"
                    className="link"
                    onClick={() => selectNode(broker.node, { focus: true })}
                    title={t(`kind.${broker.kind}`)}
                  >
                    {broker.label}
                  </button>
                </td>
                <td>{formatDecimal(broker.betweenness, lang)}</td>
                <td>{formatCount(broker.degree, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
