import { useRef } from 'react';
import { ImportNoticeView } from './ImportNoticeView';
import { usePointsImport } from './usePointsImport';

/** "Import CSV…": a button that opens the browser's file picker; the chosen file replaces the points if it is good. */
export function ImportButton() {
  const input = useRef<HTMLInputElement>(null);
  const { notice, importFile, dismiss } = usePointsImport();
  return (
    <div className="import-points">
      <button type="button" onClick={() => input.current?.click()}>
        Import CSV…
      </button>
      <input
        ref={input}
        type="file"
        accept=".csv,text/csv,text/plain"
        hidden
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so that choosing the same file again (after fixing it) is a change too.
          event.target.value = '';
          if (file !== undefined) void importFile(file);
        }}
      />
      <ImportNoticeView notice={notice} onDismiss={dismiss} />
    </div>
  );
}
