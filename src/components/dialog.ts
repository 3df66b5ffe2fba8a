// Opening and closing a <dialog> modally, with a plain attribute fallback where the element lacks
// showModal/close (older engines, jsdom).
export function openDialog(element: HTMLDialogElement | null): void {
  if (!element || element.open) return;
  if (typeof element.showModal === 'function') element.showModal();
  else element.setAttribute('open', '');
}

export function closeDialog(element: HTMLDialogElement | null): void {
  if (!element) return;
  if (typeof element.close === 'function') element.close();
  else element.removeAttribute('open');
}
