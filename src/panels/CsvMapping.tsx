// The mapping step of a CSV import: which column holds the source, target, relation type,
// direction and evidence of an edge, and the key, label and kind of a node; prefilled by a guess.
import { useState } from 'react';
import { useAtlas } from '../store/store.ts';
import type { CsvMapping as Mapping } from '../interchange/read-csv.ts';
import type { CsvPair } from '../interchange/csv-pair.ts';

type EdgeField = keyof Mapping['edges'];
type NodeField = keyof NonNullable<Mapping['nodes']>;
const EDGE_FIELDS: [EdgeField, string, boolean][] = [
  ['source', 'Source', true],
  ['target', 'Target', true],
  ['type', 'Relation type', false],
  ['direction', 'Direction (directed: true/false)', false],
  ['evidence', 'Evidence (quote)', false],
];
const NODE_FIELDS: [NodeField, string, boolean][] = [
  ['key', 'Key (matches source and target)', true],
  ['label', 'Label', false],
  ['kind', 'Kind', false],
];

function ColumnSelect(props: {
  label: string;
  required: boolean;
  headers: string[];
  value: string | undefined;
  onChange: (value: string | undefined) => void;
}) {
  return (
    <label className="mapping-field">
      <span>{props.label}</span>
      <select value={props.value ?? ''} onChange={(e) => props.onChange(e.target.value || undefined)}>
        {!props.required && <option value="">(none)</option>}
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
      <h2 id="csv-mapping-title">Columns of the CSV files</h2>
      <fieldset>
        <legend>Edges: {pending.edges.name}</legend>
        {EDGE_FIELDS.map(([field, label, required]) => (
          <ColumnSelect
            key={field}
            label={label}
            required={required}
            headers={pending.headers.edges}
            value={mapping.edges[field]}
            onChange={(value) => setEdge(field, value)}
          />
        ))}
      </fieldset>
      {pending.nodes && mapping.nodes && (
        <fieldset>
          <legend>Nodes: {pending.nodes.name}</legend>
          {NODE_FIELDS.map(([field, label, required]) => (
            <ColumnSelect
              key={field}
              label={label}
              required={required}
              headers={pending.headers.nodes ?? []}
              value={mapping.nodes?.[field]}
              onChange={(value) => setNode(field, value)}
            />
          ))}
        </fieldset>
      )}
      <p className="hint">Other columns are kept under their own name when they are SSTC Atlas fields.</p>
      <div className="data-actions">
        <button type="submit">Import</button>
        {pending.nodes && (
          <button type="button" onClick={swap}>
            Swap edges and nodes files
          </button>
        )}
        <button type="button" onClick={cancel}>
          Cancel
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
