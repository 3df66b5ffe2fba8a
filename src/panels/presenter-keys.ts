// The keys a presenter's clicker sends, as presenter actions (pure, tested).
export type PresenterAction = 'next' | 'previous' | 'first' | 'last' | 'blank' | 'fullscreen' | 'play' | 'exit';

const KEYS: Record<string, PresenterAction> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  b: 'blank',
  B: 'blank',
  '.': 'blank',
  f: 'fullscreen',
  F: 'fullscreen',
  p: 'play',
  P: 'play',
  Escape: 'exit',
};

export function presenterAction(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>) {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  return KEYS[event.key] ?? null;
}
