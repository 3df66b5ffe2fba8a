// Which triangular arrangements to list: an actor ("Brazil") in a role ("as pivot"), stated or
// inferred, every role named or not. The filter lives in the view state, so a link keeps it.
import { useState } from 'react';
import { useAtlas } from '../store/store.ts';
import type { ArrangementFilter } from '../analysis/arrangement-query.ts';
import { NodeCombobox } from './NodeCombobox.tsx';

type Choice<F extends keyof ArrangementFilter> = [NonNullable<ArrangementFilter[F]> | '', string][];

const ROLES: Choice<'role'> = [
  ['', 'any role'],
  ['facilitator', 'facilitator'],
  ['pivot', 'pivot'],
  ['beneficiary', 'beneficiary'],
];
const BASES: Choice<'basis'> = [
  ['', 'stated or inferred'],
  ['stated', 'stated in a document'],
  ['inferred', 'inferred from the roles'],
];
const COMPLETENESS: Choice<'completeness'> = [
  ['', 'named or not'],
  ['complete', 'every role named'],
  ['partial', 'some role unknown'],
];

function Select<F extends 'role' | 'basis' | 'completeness'>(props: { field: F; label: string; choices: Choice<F> }) {
  const value = useAtlas((s) => s.arrangementFilter[props.field]);
  const setFilter = useAtlas((s) => s.setArrangementFilter);
  return (
    <label>
      {props.label}{' '}
      <select
        value={value ?? ''}
        onChange={(event) => setFilter({ [props.field]: event.target.value || undefined } as ArrangementFilter)}
      >
        {props.choices.map(([choice, text]) => (
          <option key={choice} value={choice}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The actor picker; it shows the chosen actor's name, also when a link or "Clear" changes it. */
function ActorPicker() {
  const actor = useAtlas((s) => s.arrangementFilter.actor);
  const name = useAtlas((s) => (actor && s.graph?.hasNode(actor) ? s.graph.getNodeAttribute(actor, 'label') : ''));
  const setFilter = useAtlas((s) => s.setArrangementFilter);
  const [query, setQuery] = useState(name);
  const [shownFor, setShownFor] = useState(actor);
  if (shownFor !== actor) {
    setShownFor(actor);
    setQuery(name);
  }
  return (
    <NodeCombobox
      label="Actor"
      query={query}
      placeholder="Any actor, e.g. Brazil"
      onQuery={(text) => {
        setQuery(text);
        if (text.trim() === '' && actor) setFilter({ actor: undefined });
      }}
      onChoose={(node) => setFilter({ actor: node })}
    />
  );
}

export function ArrangementFilters() {
  const filtered = useAtlas((s) => Object.keys(s.arrangementFilter).length > 0);
  const setFilter = useAtlas((s) => s.setArrangementFilter);
  const clear = () => setFilter({ actor: undefined, role: undefined, basis: undefined, completeness: undefined });
  return (
    <fieldset className="arrangement-filters">
      <legend>Show arrangements</legend>
      <ActorPicker />
      <Select field="role" label="Role" choices={ROLES} />
      <Select field="basis" label="Basis" choices={BASES} />
      <Select field="completeness" label="Completeness" choices={COMPLETENESS} />
      <button type="button" onClick={clear} disabled={!filtered}>
        Clear filters
      </button>
    </fieldset>
  );
}
