import { useEffect, useId, useMemo, useRef } from 'react';
import { formatCount } from '../common/format';
import type { QrLinks } from './qrLinks';
import { qrMatrix, qrPixels, type QrMatrix } from './qrMatrix';
import './qr.css';

/** Pixels per module on the canvas: CSS scales it to the screen, and this keeps its edges sharp when it grows. */
const CELL = 6;

/**
 * The QR code of the current link, or, when that link is too long for a code a phone can read (many hand-drawn
 * points), a sentence saying so and the code of the shorter link instead. Open from the moment it mounts; the
 * native <dialog> closes on Escape and keeps focus inside.
 */
export function QrDialog({ links, onClose }: { readonly links: QrLinks; readonly onClose: () => void }) {
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => dialog.current?.showModal(), []);
  const { current: currentLink, short: shortLink } = links;
  const current = useMemo(() => qrMatrix(currentLink), [currentLink]);
  const short = useMemo(() => (current === null ? qrMatrix(shortLink.link) : null), [current, shortLink.link]);
  const [link, matrix] = current !== null ? [currentLink, current] : [shortLink.link, short];

  return (
    <dialog ref={dialog} className="qr-dialog" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>{current !== null ? 'Scan to open this screen' : `Scan to open ${links.short.name}`}</h2>
      {current === null && (
        <p className="qr-too-long" role="status">
          This link is too long for a QR code ({formatCount(links.current.length)} characters: the hand-drawn points are in it). The code below opens{' '}
          {links.short.name} instead, with its own setup and without those points; Share copies the full link.
        </p>
      )}
      {matrix !== null ? <QrCanvas matrix={matrix} link={link} /> : <p className="qr-too-long">That link is too long for a QR code as well: use Share and send the link.</p>}
      <p className="qr-link">{link}</p>
      <form method="dialog">
        <button type="submit">Close</button>
      </form>
    </dialog>
  );
}

function QrCanvas({ matrix, link }: { readonly matrix: QrMatrix; readonly link: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const { width, data } = useMemo(() => qrPixels(matrix, CELL), [matrix]);
  useEffect(() => {
    canvas.current?.getContext('2d')?.putImageData(new ImageData(new Uint8ClampedArray(data), width, width), 0, 0);
  }, [data, width]);
  return <canvas ref={canvas} className="qr-code" width={width} height={width} role="img" aria-label="QR code of the link below" data-link={link} />;
}
