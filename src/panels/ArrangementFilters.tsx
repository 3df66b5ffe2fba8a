// Which triangular arrangements to list: an actor ("Brazil") in a role ("as pivot"), stated or
// inferred, every role named or not. The filter lives in the view state, so a link keeps it.
import { useState } from 'react';
import { nodeName, useTranslation } from '../i18n/i18n.ts';
import { useAtlas } from '../store/store.ts';
import type { ArrangementFilter } from '../analysis/arrangement-query.ts';
import { NodeCombobox } from './NodeCombobox.tsx';

type Field = 'role' | 'basis' | 'completeness';
type Choice<F extends Field> = NonNullable<ArrangementFilter[F]> | '';

// The empty choice is "any"; each choice is named by analysis.filters.<field>.<choice or any>.
const ROLES: Choice<'role'>[] = ['', 'facilitator', 'pivot', 'beneficiary'];
const BASES: Choice<'basis'>[] = ['', 'stated', 'inferred'];
const COMPLETENESS: Choice<'completeness'>[] = ['', 'complete', 'partial'];

function Select<F extends Field>(props: { field: F; choices: Choice<F>[] }) {
  const { t } = useTranslation();
  const value = useAtlas((s) => s.arrangementFilter[props.field]);
  const setFilter = useAtlas((s) => s.setArrangementFilter);
  return (
    <label>
      {t(`analysis.filters.${props.field}.label`)}{' '}
      <select
        value={value ?? ''}
        onChange={(event) => setFilter({ [props.field]: event.target.value || undefined } as ArrangementFilter)}
      >
        {props.choices.map((choice) => (
          <option key={choice} value={choice}>
            {t(`analysis.filters.${props.field}.${choice || 'any'}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The actor picker; it shows the chosen actor's name, also when a link or "Clear" changes it. */
function ActorPicker() {
  const { t } = useTranslation();
  const actor = useAtlas((s) => s.arrangementFilter.actor);
  const name = useAtlas((s) => (actor && s.graph?.hasNode(actor) ? nodeName(s.graph.getNodeAttributes(actor)) : ''));
  const setFilter = useAtlas((s) => s.setArrangementFilter);
  const [query, setQuery] = useState(name);
  const [shownFor, setShownFor] = useState(actor);
  if (shownFor !== actor) {
    setShownFor(actor);
    setQuery(name);
  }
  return (
    <NodeCombobox
      label={t('analysis.filters.actor')}
      query={query}
      placeholder={t('analysis.filters.actorPlaceholder')}
      onQuery={(text) => {
        setQuery(text);
        if (text.trim() === '' && actor) setFilter({ actor: undefined });
      }}
      onChoose={(node) => setFilter({ actor: node })}
    />
  );
}

export function ArrangementFilters() {
  const { t } = useTranslation();
  const filtered = useAtlas((s) => Object.keys(s.arrangementFilter).length > 0);
  const setFilter = useAtlas((s) => s.setArrangementFilter);
  const clear = () => setFilter({ actor: undefined, role: undefined, basis: undefined, completeness: undefined });
  return (
    <fieldset className="arrangement-filters">
      <legend>{t('analysis.filters.legend')}</legend>
      <ActorPicker />
      <Select field="role" choices={ROLES} />
      <Select field="basis" choices={BASES} />
      <Select field="completeness" choices={COMPLETENESS} />
      <button type="button" onClick={clear} disabled={!filtered}>
        {t('analysis.filters.clear')}
      </button>
    </fieldset>
  );
}
