// A keyboard-first combobox over node labels and aliases (arrows, Enter, Escape), showing which
// alias matched ("ABC → Brazilian Cooperation Agency"). Used by Search and the path pickers.
import { useId, useState } from 'react';
import { useTranslation } from '../i18n/i18n.ts';
import { useAtlas } from '../store/store.ts';
import { selectSearchIndex } from '../store/selectors.ts';
import { searchNodes } from '../graph/search.ts';
import { KIND_COLORS } from '../appearance/palette.ts';

export interface NodeComboboxProps {
  label: string;
  query: string;
  onQuery: (query: string) => void;
  onChoose: (node: string) => void;
  placeholder?: string;
}

export function NodeCombobox({ label, query, onQuery, onChoose, placeholder }: NodeComboboxProps) {
  const { t } = useTranslation();
  const graph = useAtlas((s) => s.graph);
  // The index is built on the first keystroke, not at load.
  const index = useAtlas((s) => (query.trim() === '' ? null : selectSearchIndex(s)));
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const id = useId();
  const results = index ? searchNodes(index, query, 8) : [];
  const shown = open && query.trim() !== '';
  const listed = shown && results.length > 0;

  const choose = (node: string) => {
    onChoose(node);
    setOpen(false);
  };
  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (results.length === 0 ? 0 : (i + step + results.length) % results.length));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = results[active];
      if (hit) choose(hit.node);
    } else if (event.key === 'Escape') {
      event.stopPropagation();
      if (shown) setOpen(false);
      else onQuery('');
    }
  };

  return (
    <div className="search">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-expanded={listed}
        aria-controls={listed ? `${id}-list` : undefined}
        aria-describedby={shown && !listed ? `${id}-empty` : undefined}
        aria-autocomplete="list"
        aria-activedescendant={shown && results[active] ? `${id}-${active}` : undefined}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => {
          onQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      {shown && !listed && (
        <p id={`${id}-empty`} role="status" className="search-results search-empty">
          {t('analysis.combobox.noMatch')}
        </p>
      )}
      {listed && (
        <ul
          id={`${id}-list`}
          role="listbox"
          aria-label={t('analysis.combobox.results', { label })}
          className="search-results"
        >
          {results.map((hit, i) => {
            const kind = graph?.getNodeAttribute(hit.node, 'kind');
            return (
              <li
                key={hit.node}
                id={`${id}-${i}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'active' : undefined}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(hit.node)}
              >
                {kind && (
                  <span className="swatch" style={{ background: KIND_COLORS[kind] }} title={t(`kind.${kind}`)} />
                )}
                {hit.alias ? (
                  <span>
                    <span className="alias">{hit.alias}</span> → {hit.label}
                  </span>
                ) : (
                  <span>{hit.label}</span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
