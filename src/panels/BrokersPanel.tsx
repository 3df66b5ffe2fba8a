// Brokers and groups: degree, betweenness and Louvain communities (computed in a worker), the
// colour and size encodings that use them, and the ranked list of brokers.
import { useAtlas } from '../store/store.ts';
import { selectBrokers, selectCommunityCount } from '../store/selectors.ts';
import type { ColorBy, SizeBy } from '../store/analysis-slice.ts';
import { COMMUNITY_PALETTE } from '../appearance/encodings.ts';
import { KIND_LABELS } from '../appearance/palette.ts';

const COLOR_LEGEND: Record<ColorBy, string> = {
  kind: 'Colour: kind of node (see the legend).',
  community: `Colour: Louvain community (${COMMUNITY_PALETTE.length} colours, repeating).`,
  betweenness: 'Colour: betweenness, dark blue (low) to yellow (high).',
  degree: 'Colour: degree, dark blue (few relations) to yellow (many).',
};

export function BrokersPanel() {
  const status = useAtlas((s) => s.metricsStatus);
  const error = useAtlas((s) => s.metricsError);
  const method = useAtlas((s) => s.metrics?.betweennessMethod);
  const communities = useAtlas(selectCommunityCount);
  const brokers = useAtlas(selectBrokers);
  const colorBy = useAtlas((s) => s.colorBy);
  const sizeBy = useAtlas((s) => s.sizeBy);
  const setColorBy = useAtlas((s) => s.setColorBy);
  const setSizeBy = useAtlas((s) => s.setSizeBy);
  const runMetrics = useAtlas((s) => s.runMetrics);
  const selectNode = useAtlas((s) => s.selectNode);

  return (
    <section aria-label="Brokers and groups" className="analysis-section">
      {status === 'running' && <p role="status">Computing degree, betweenness and communities in the background…</p>}
      {status === 'error' && (
        <p role="alert">
          Metrics failed: {error} <button onClick={() => void runMetrics()}>Retry</button>
        </p>
      )}
      <div className="encodings">
        <label>
          Colour by{' '}
          <select value={colorBy} onChange={(e) => setColorBy(e.target.value as ColorBy)} disabled={status !== 'ready'}>
            <option value="kind">kind</option>
            <option value="community">community</option>
            <option value="betweenness">betweenness</option>
            <option value="degree">degree</option>
          </select>
        </label>
        <label>
          Size by{' '}
          <select value={sizeBy} onChange={(e) => setSizeBy(e.target.value as SizeBy)} disabled={status !== 'ready'}>
            <option value="degree">degree</option>
            <option value="betweenness">betweenness</option>
          </select>
        </label>
      </div>
      <p className="hint">
        {COLOR_LEGEND[colorBy]} Size: {sizeBy}.
        {status === 'ready' && ` ${communities} communities; betweenness ${method}.`}
      </p>
      {brokers && (
        <table className="panel-table" aria-label="Brokers, by betweenness">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Actor</th>
              <th scope="col">Betweenness</th>
              <th scope="col">Degree</th>
            </tr>
          </thead>
          <tbody>
            {brokers.map((broker, index) => (
              <tr key={broker.node}>
                <td>{index + 1}</td>
                <td>
                  <button
                    type="button"
                    className="link"
                    onClick={() => selectNode(broker.node, { focus: true })}
                    title={KIND_LABELS[broker.kind]}
                  >
                    {broker.label}
                  </button>
                </td>
                <td>{broker.betweenness.toFixed(3)}</td>
                <td>{broker.degree}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
