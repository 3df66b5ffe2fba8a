// "Take it with you": a QR code of the current view's link with the link as text beside it (to
// copy), warnings when the address would not open on a phone, and the image export.
import { useRef, useState } from 'react';
import { useAtlas } from '../store/store.ts';
import { viewOf } from '../store/view-state.ts';
import { isLocalAddress, shareLink, type ShareBase } from '../store/share-link.ts';
import { QrCode } from '../components/QrCode.tsx';
import { ImageExport } from './ImageExport.tsx';

async function copy(text: string, input: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Without clipboard permission: select the text, so that the system's copy works.
    input?.select();
    return false;
  }
}

export function ShareDialog({ base, onClose }: { base: ShareBase; onClose: () => void }) {
  const link = useAtlas((s) => shareLink(base.base, viewOf(s)));
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<boolean | null>(null);
  return (
    <>
      <header>
        <h2>Take this view with you</h2>
        <button type="button" onClick={onClose} aria-label="Close sharing">
          ×
        </button>
      </header>
      <div className="share-body">
        <QrCode text={link} pixels={232} label="QR code of the link to this view" />
        <div className="share-link">
          <p>Scan the code with a phone, or copy the link: it opens this view with its selection, filters and zoom.</p>
          <label htmlFor="share-link-text">Link to this view</label>
          <input id="share-link-text" ref={input} readOnly value={link} onFocus={(e) => e.target.select()} />
          <button type="button" onClick={() => void copy(link, input.current).then(setCopied)}>
            Copy link
          </button>
          {copied !== null && (
            <span role="status" className="hint">
              {copied ? 'Copied.' : 'The link is selected: copy it with Ctrl+C or your phone’s menu.'}
            </span>
          )}
          {base.problem && (
            <p role="alert" className="warning">
              {base.problem}. The code uses this page’s address instead.
            </p>
          )}
          {!base.configured && isLocalAddress(link) && (
            <p className="warning" data-testid="local-address">
              This address only works on this machine: a phone cannot open it. Set the public address as “shareBase” in
              config.json beside index.html.
            </p>
          )}
        </div>
      </div>
      <ImageExport />
    </>
  );
}
