// The "Share" control in the header: opens the dialog with the view's QR code, link and image export.
// The base address (config.json) is read once per page, when the control first appears.
import { useEffect, useRef, useState } from 'react';
import { fetchShareBase, type ShareBase } from '../store/share-link.ts';
import { closeDialog, openDialog } from '../components/dialog.ts';
import { ShareDialog } from './ShareDialog.tsx';

let baseRequest: Promise<ShareBase> | null = null;
const shareBase = () => (baseRequest ??= fetchShareBase(window.location.href));

export function ShareButton() {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const [base, setBase] = useState<ShareBase | null>(null);
  useEffect(() => {
    let live = true;
    void shareBase().then((found) => live && setBase(found));
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => {
    if (open) openDialog(dialog.current);
  }, [open]);
  const close = () => {
    closeDialog(dialog.current);
    setOpen(false);
  };
  return (
    <>
      <button type="button" className="share-button" disabled={!base} onClick={() => setOpen(true)}>
        Share
      </button>
      {open && base && (
        <dialog ref={dialog} className="share-dialog" aria-label="Share this view" onClose={() => setOpen(false)}>
          <ShareDialog base={base} onClose={close} />
        </dialog>
      )}
    </>
  );
}
