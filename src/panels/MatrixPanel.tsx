// The cooperation matrix: country × country knowledge transfers (rows share, columns learn) as an
// accessible table in a dialog; choosing a cell highlights those edges on the graph.
import { useRef, useState } from 'react';
import { formatCount, nodeName, useTranslation } from '../i18n/i18n.ts';
import { useAtlas } from '../store/store.ts';
import { selectTransferMatrix } from '../store/selectors.ts';
import { closeDialog, openDialog } from '../components/dialog.ts';

type Order = 'count' | 'name';

export function MatrixPanel() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const graph = useAtlas((s) => s.graph)!;
  const matrix = useAtlas(selectTransferMatrix);
  const showTransfers = useAtlas((s) => s.showTransfers);
  const [order, setOrder] = useState<Order>('count');
  const dialog = useRef<HTMLDialogElement>(null);
  if (!matrix) return null;
  const label = (node: string) => nodeName(graph.getNodeAttributes(node));
  const sorted = (keys: string[]) =>
    order === 'name' ? [...keys].sort((a, b) => label(a).localeCompare(label(b), lang)) : keys;
  const cells = new Map(matrix.cells.map((cell) => [`${cell.from}|${cell.to}`, cell]));
  const transfers = matrix.cells.reduce((n, c) => n + c.count, 0);
  const choose = (from: string, to: string) => {
    closeDialog(dialog.current);
    showTransfers(from, to);
  };

  return (
    <section aria-label={t('sections.matrix')} className="analysis-section">
      <p className="hint">
        {t('analysis.matrix.summary', {
          count: matrix.cells.length,
          formatted: formatCount(matrix.cells.length, lang),
          transfers: t('analysis.matrix.transfers', { count: transfers, formatted: formatCount(transfers, lang) }),
        })}
      </p>
      <button type="button" onClick={() => openDialog(dialog.current)}>
        {t('analysis.matrix.open')}
      </button>
      <dialog ref={dialog} className="matrix-dialog" aria-label={t('analysis.matrix.dialogLabel')}>
        <header>
          <h2>{t('analysis.matrix.title')}</h2>
          <label>
            {t('analysis.matrix.orderBy')}{' '}
            <select value={order} onChange={(e) => setOrder(e.target.value as Order)}>
              <option value="count">{t('analysis.matrix.byCount')}</option>
              <option value="name">{t('analysis.matrix.byName')}</option>
            </select>
          </label>
          <button type="button" onClick={() => closeDialog(dialog.current)} aria-label={t('analysis.matrix.close')}>
            ×
          </button>
        </header>
        <div className="matrix-scroll">
          <table className="matrix">
            <caption>{t('analysis.matrix.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('analysis.matrix.corner')}</th>
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
                            aria-label={t('analysis.matrix.cell', {
                              from: label(row),
                              to: label(col),
                              count: cell.count,
                              formatted: formatCount(cell.count, lang),
                            })}
                          >
                            {formatCount(cell.count, lang)}
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
