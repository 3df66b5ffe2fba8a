// "Take it with you": a QR code of the current view's link with the link as text beside it (to
// copy), warnings when the address would not open on a phone, and the image export.
import { useRef, useState } from 'react';
import { useAtlas } from '../store/store.ts';
import { viewOf } from '../store/view-state.ts';
import { isLocalAddress, shareLink, type ShareBase } from '../store/share-link.ts';
import { QrCode } from '../components/QrCode.tsx';
import { ImageExport } from './ImageExport.tsx';
import { Trans } from 'react-i18next';
import { formatCount, useTranslation } from '../i18n/i18n.ts';

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
  const { t } = useTranslation();
  const link = useAtlas((s) => shareLink(base.base, viewOf(s)));
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<boolean | null>(null);
  return (
    <>
      <div className="dialog-header">
        <h2>{t('chrome.share.title')}</h2>
        <button type="button" onClick={onClose} aria-label={t('chrome.share.close')}>
          ×
        </button>
      </div>
      <div className="share-body">
        <QrCode
          text={link}
          pixels={232}
          label={t('chrome.share.qr')}
          tooLong={t('chrome.share.tooLong', { count: link.length, formatted: formatCount(link.length) })}
        />
        <div className="share-link">
          <p>{t('chrome.share.explain')}</p>
          <label htmlFor="share-link-text">{t('chrome.share.link')}</label>
          <input id="share-link-text" ref={input} readOnly value={link} onFocus={(e) => e.target.select()} />
          <button type="button" onClick={() => void copy(link, input.current).then(setCopied)}>
            {t('chrome.share.copy')}
          </button>
          {copied !== null && (
            <span role="status" className="hint">
              {t(copied ? 'chrome.share.copied' : 'chrome.share.selected')}
            </span>
          )}
          {base.problem && (
            <p role="alert" className="warning">
              {/* The problem names config.json and its field: technical detail, kept as it is. */}
              <Trans
                i18nKey="chrome.share.problem"
                values={{ problem: base.problem }}
                components={[<code key="problem" lang="en" />]}
              />
            </p>
          )}
          {!base.configured && isLocalAddress(link) && (
            <p className="warning" data-testid="local-address">
              {t('chrome.share.local')}
            </p>
          )}
        </div>
      </div>
      <ImageExport />
    </>
  );
}
