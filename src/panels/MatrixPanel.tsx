// The cooperation matrix: country × country knowledge transfers (rows share, columns learn) as an
// accessible table in a dialog; choosing a cell highlights those edges on the graph.
import { useRef, useState } from 'react';
import { useAtlas } from '../store/store.ts';
import { selectTransferMatrix } from '../store/selectors.ts';
import { closeDialog, openDialog } from '../components/dialog.ts';

type Order = 'count' | 'name';

export function MatrixPanel() {
  const graph = useAtlas((s) => s.graph)!;
  const matrix = useAtlas(selectTransferMatrix);
  const showTransfers = useAtlas((s) => s.showTransfers);
  const [order, setOrder] = useState<Order>('count');
  const dialog = useRef<HTMLDialogElement>(null);
  if (!matrix) return null;
  const label = (node: string) => graph.getNodeAttribute(node, 'label');
  const sorted = (keys: string[]) =>
    order === 'name' ? [...keys].sort((a, b) => label(a).localeCompare(label(b))) : keys;
  const cells = new Map(matrix.cells.map((cell) => [`${cell.from}|${cell.to}`, cell]));
  const choose = (from: string, to: string) => {
    closeDialog(dialog.current);
    showTransfers(from, to);
  };

  return (
    <section aria-label="Cooperation matrix" className="analysis-section">
      <p className="hint">
        {matrix.cells.length} country pairs linked by {matrix.cells.reduce((n, c) => n + c.count, 0)} knowledge
        transfers.
      </p>
      <button type="button" onClick={() => openDialog(dialog.current)}>
        Open the cooperation matrix
      </button>
      <dialog ref={dialog} className="matrix-dialog" aria-label="Cooperation matrix: who learned from whom">
        <header>
          <h2>Who learned from whom</h2>
          <label>
            Order countries by{' '}
            <select value={order} onChange={(e) => setOrder(e.target.value as Order)}>
              <option value="count">number of transfers</option>
              <option value="name">name</option>
            </select>
          </label>
          <button type="button" onClick={() => closeDialog(dialog.current)} aria-label="Close matrix">
            ×
          </button>
        </header>
        <div className="matrix-scroll">
          <table className="matrix">
            <caption>
              Rows share their experience; columns learn from it. A number is how many knowledge transfers the documents
              state.
            </caption>
            <thead>
              <tr>
                <th scope="col">Shared by ↓ / learned by →</th>
                {sorted(matrix.cols).map((col) => (
                  <th key={col} scope="col">
                    <span>{label(col)}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {sorted(matrix.rows).map((row) => (
                <tr key={row}>
                  <th scope="row">{label(row)}</th>
                  {sorted(matrix.cols).map((col) => {
                    const cell = cells.get(`${row}|${col}`);
                    return (
                      <td key={col}>
                        {cell && (
                          <button
                            type="button"
                            onClick={() => choose(row, col)}
                            aria-label={`${label(row)} to ${label(col)}: ${cell.count} transfer(s)`}
                          >
                            {cell.count}
                          </button>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </dialog>
    </section>
  );
}
