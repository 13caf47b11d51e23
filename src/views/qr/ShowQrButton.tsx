import { lazy, Suspense, useRef, useState } from 'react';
import type { QrLinks } from './qrLinks';

// The QR library and the dialog load when the button is first pressed, not with the page.
const QrDialog = lazy(() => import('./QrDialog').then((module) => ({ default: module.QrDialog })));

/**
 * "Show QR": a QR code of the current link, large, so a class opens the same lesson and state on their phones.
 * The links are taken when it opens (a modal dialog: nothing changes them while it is open).
 */
export function ShowQrButton({ links }: { readonly links: () => QrLinks }) {
  const opener = useRef<HTMLButtonElement>(null);
  const [shown, setShown] = useState<QrLinks | null>(null);
  return (
    <>
      <button ref={opener} type="button" aria-haspopup="dialog" onClick={() => setShown(links())} title="A QR code of this link, for phones">
        Show QR
      </button>
      {shown !== null && (
        <Suspense fallback={<span className="loading-note">Loading the QR code…</span>}>
          <QrDialog
            links={shown}
            onClose={() => {
              setShown(null);
              opener.current?.focus();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
