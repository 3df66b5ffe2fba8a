// A windowed listbox: only the rows in view (plus a few) are in the DOM, so 50k rows cost what 30
// do. Rows have one fixed height; arrows, Page Up/Down, Home and End move the active row, Enter
// chooses it. Options carry their position in the whole list (aria-posinset/setsize).
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

export interface VirtualListProps {
  count: number;
  rowHeight: number;
  label: string;
  /** The active row (aria-activedescendant), kept in view when it changes. */
  active: number;
  onActive: (index: number) => void;
  onChoose: (index: number) => void;
  rowKey: (index: number) => string;
  renderRow: (index: number) => ReactNode;
  isSelected: (index: number) => boolean;
  /** Height before the element is measured (server rendering, tests without layout). */
  initialHeight?: number;
  idPrefix: string;
  id?: string;
}

const OVERSCAN = 6;

export function visibleWindow(scrollTop: number, height: number, rowHeight: number, count: number) {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(count, Math.ceil((scrollTop + height) / rowHeight) + OVERSCAN);
  return { first, last };
}

export function VirtualList(props: VirtualListProps) {
  const { count, rowHeight, active, onActive, onChoose, idPrefix } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(props.initialHeight ?? 800);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => element.clientHeight > 0 && setHeight(element.clientHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // Keep the active row in view.
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element || active < 0) return;
    const top = active * rowHeight;
    if (top < element.scrollTop) element.scrollTop = top;
    else if (top + rowHeight > element.scrollTop + element.clientHeight)
      element.scrollTop = top + rowHeight - element.clientHeight;
  }, [active, rowHeight]);

  const page = Math.max(1, Math.floor(height / rowHeight) - 1);
  const onKeyDown = (event: React.KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      PageDown: active + page,
      PageUp: active - page,
      Home: 0,
      End: count - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      onActive(Math.max(0, Math.min(count - 1, moves[event.key]!)));
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      onChoose(active);
    }
  };

  const { first, last } = visibleWindow(scrollTop, height, rowHeight, count);
  const rows: ReactNode[] = [];
  for (let i = first; i < last; i++)
    rows.push(
      <div
        key={props.rowKey(i)}
        id={`${idPrefix}-${i}`}
        role="option"
        aria-selected={props.isSelected(i)}
        aria-posinset={i + 1}
        aria-setsize={count}
        className={`virtual-row${i === active ? ' active' : ''}`}
        style={{ top: i * rowHeight, height: rowHeight }}
        onClick={() => (onActive(i), onChoose(i))}
      >
        {props.renderRow(i)}
      </div>,
    );
  return (
    <div
      ref={scroller}
      id={props.id}
      className="virtual-list"
      role="listbox"
      aria-label={props.label}
      tabIndex={0}
      aria-activedescendant={active >= 0 && active < count ? `${idPrefix}-${active}` : undefined}
      onKeyDown={onKeyDown}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
      <div role="presentation" className="virtual-sizer" style={{ height: count * rowHeight }}>
        {rows}
      </div>
    </div>
  );
}
