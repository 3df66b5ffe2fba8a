// The mapping step of a CSV import: which column holds the source, target, relation type,
// direction and evidence of an edge, and the key, label and kind of a node; prefilled by a guess.
import { useState } from 'react';
import { useTranslation } from '../i18n/i18n.ts';
import { useAtlas } from '../store/store.ts';
import type { CsvMapping as Mapping } from '../interchange/read-csv.ts';
import type { CsvPair } from '../interchange/csv-pair.ts';

type EdgeField = keyof Mapping['edges'];
type NodeField = keyof NonNullable<Mapping['nodes']>;
/** Each field and whether it needs a column; its label is data.csv.field.<field>. */
const EDGE_FIELDS: [EdgeField, boolean][] = [
  ['source', true],
  ['target', true],
  ['type', false],
  ['direction', false],
  ['evidence', false],
];
const NODE_FIELDS: [NodeField, boolean][] = [
  ['key', true],
  ['label', false],
  ['kind', false],
];

function ColumnSelect(props: {
  label: string;
  required: boolean;
  headers: string[];
  value: string | undefined;
  onChange: (value: string | undefined) => void;
}) {
  const { t } = useTranslation();
  return (
    <label className="mapping-field">
      <span>{props.label}</span>
      <select value={props.value ?? ''} onChange={(e) => props.onChange(e.target.value || undefined)}>
        {!props.required && <option value="">{t('data.csv.none')}</option>}
        {props.headers.map((header) => (
          <option key={header} value={header}>
            {header}
          </option>
        ))}
      </select>
    </label>
  );
}

function MappingForm({ pending }: { pending: CsvPair }) {
  const { t } = useTranslation();
  const [mapping, setMapping] = useState<Mapping>(pending.mapping);
  const confirm = useAtlas((s) => s.confirmCsv);
  const cancel = useAtlas((s) => s.cancelImport);
  const swap = useAtlas((s) => s.swapCsvFiles);
  const setEdge = (field: EdgeField, value: string | undefined) =>
    setMapping((m) => ({ ...m, edges: { ...m.edges, [field]: value } as Mapping['edges'] }));
  const setNode = (field: NodeField, value: string | undefined) =>
    setMapping((m) => ({ ...m, nodes: { ...m.nodes!, [field]: value } }));
  return (
    <form
      className="csv-mapping"
      aria-labelledby="csv-mapping-title"
      data-covers-canvas
      onSubmit={(event) => {
        event.preventDefault();
        void confirm(mapping);
      }}
    >
      <h2 id="csv-mapping-title">{t('data.csv.title')}</h2>
      <fieldset>
        <legend>{t('data.csv.edges', { name: pending.edges.name })}</legend>
        {EDGE_FIELDS.map(([field, required]) => (
          <ColumnSelect
            key={field}
            label={t(`data.csv.field.${field}`)}
            required={required}
            headers={pending.headers.edges}
            value={mapping.edges[field]}
            onChange={(value) => setEdge(field, value)}
          />
        ))}
      </fieldset>
      {pending.nodes && mapping.nodes && (
        <fieldset>
          <legend>{t('data.csv.nodes', { name: pending.nodes.name })}</legend>
          {NODE_FIELDS.map(([field, required]) => (
            <ColumnSelect
              key={field}
              label={t(`data.csv.field.${field}`)}
              required={required}
              headers={pending.headers.nodes ?? []}
              value={mapping.nodes?.[field]}
              onChange={(value) => setNode(field, value)}
            />
          ))}
        </fieldset>
      )}
      <p className="hint">{t('data.csv.hint')}</p>
      <div className="data-actions">
        <button type="submit">{t('data.csv.import')}</button>
        {pending.nodes && (
          <button type="button" onClick={swap}>
            {t('data.csv.swap')}
          </button>
        )}
        <button type="button" onClick={cancel}>
          {t('data.csv.cancel')}
        </button>
      </div>
    </form>
  );
}

export function CsvMapping() {
  const pending = useAtlas((s) => s.pendingCsv);
  // A new pair (another file, or swapped) starts from its own guess.
  return pending ? <MappingForm key={`${pending.edges.name}\u0000${pending.nodes?.name}`} pending={pending} /> : null;
}
