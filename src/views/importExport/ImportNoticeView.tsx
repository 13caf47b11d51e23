import type { ImportNotice } from './usePointsImport';

/** What became of the last import: an alert when a file was refused (file, line, reason), a status when loaded. */
export function ImportNoticeView({ notice, onDismiss }: { notice: ImportNotice | null; onDismiss(): void }) {
  if (notice === null) return null;
  return (
    <div className={`import-notice import-notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      <span>{notice.text}</span>
      <button type="button" className="link-button" onClick={onDismiss} aria-label="Dismiss import message">
        ×
      </button>
    </div>
  );
}
