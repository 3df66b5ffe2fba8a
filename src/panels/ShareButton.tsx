// The "Share" control in the header: opens the dialog with the view's QR code, link and image export.
// The base address (config.json) is read when the control first appears, and again once the service
// worker takes the page over, which keeps a copy for when the network is gone.
import { useEffect, useRef, useState } from 'react';
import { fetchShareBase, type ShareBase } from '../store/share-link.ts';
import { closeDialog, openDialog } from '../components/dialog.ts';
import { ShareDialog } from './ShareDialog.tsx';
import { useTranslation } from '../i18n/i18n.ts';

let baseRequest: Promise<ShareBase> | null = null;
const shareBase = (again = false) =>
  !again && baseRequest ? baseRequest : (baseRequest = fetchShareBase(window.location.href));

export function ShareButton() {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const [base, setBase] = useState<ShareBase | null>(null);
  useEffect(() => {
    let live = true;
    const read = (again: boolean) => void shareBase(again).then((found) => live && setBase(found));
    read(false);
    const onTakeOver = () => read(true);
    navigator.serviceWorker?.addEventListener('controllerchange', onTakeOver);
    return () => {
      live = false;
      navigator.serviceWorker?.removeEventListener('controllerchange', onTakeOver);
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
        {t('chrome.share.button')}
      </button>
      {open && base && (
        <dialog
          ref={dialog}
          className="share-dialog"
          aria-label={t('chrome.share.dialog')}
          onClose={() => setOpen(false)}
        >
          <ShareDialog base={base} onClose={close} />
        </dialog>
      )}
    </>
  );
}
