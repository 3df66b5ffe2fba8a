// The search box: a keyboard-first combobox over labels and aliases. Choosing a result selects
// the node and moves the camera to it; the matched alias is shown ("ABC → Brazilian …").
import { useId, useState } from 'react';
import { useAtlas } from '../store/store.ts';
import { selectSearchResults } from '../store/selectors.ts';
import { KIND_COLORS, KIND_LABELS } from '../appearance/palette.ts';

export function SearchBox() {
  const query = useAtlas((s) => s.query);
  const setQuery = useAtlas((s) => s.setQuery);
  const selectNode = useAtlas((s) => s.selectNode);
  const graph = useAtlas((s) => s.graph);
  const results = useAtlas(selectSearchResults);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const shown = open && query.trim() !== '';

  const choose = (node: string) => {
    selectNode(node, { focus: true });
    setOpen(false);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) => (results.length === 0 ? 0 : (index + step + results.length) % results.length));
    } else if (event.key === 'Enter') {
      const hit = results[active];
      if (hit) choose(hit.node);
    } else if (event.key === 'Escape') {
      event.stopPropagation();
      if (shown) setOpen(false);
      else setQuery('');
    }
  };

  return (
    <div className="search">
      <label htmlFor={`${listId}-input`}>Search</label>
      <input
        id={`${listId}-input`}
        type="search"
        role="combobox"
        aria-expanded={shown}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={shown && results[active] ? `${listId}-${active}` : undefined}
        placeholder="Country, organization, acronym…"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      {shown && (
        <ul id={listId} role="listbox" aria-label="Search results" className="search-results">
          {results.length === 0 && <li className="muted">No match</li>}
          {results.map((hit, index) => {
            const kind = graph?.getNodeAttribute(hit.node, 'kind');
            return (
              <li
                key={hit.node}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === active}
                className={index === active ? 'active' : undefined}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(hit.node)}
              >
                {kind && (
                  <span className="swatch" style={{ background: KIND_COLORS[kind] }} title={KIND_LABELS[kind]} />
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
