import { useEffect, useState, type DragEvent, type ReactNode } from 'react';
import { ImportNoticeView } from './ImportNoticeView';
import { usePointsImport } from './usePointsImport';

const carriesFiles = (transfer: DataTransfer | null) => transfer !== null && [...transfer.types].includes('Files');

/**
 * Makes what it wraps (the decision-regions panel) a drop target for a CSV file of points; the notice of the
 * import shows right below it. The wrapper has no box of its own (display: contents), so the layout is unchanged.
 */
export function PointsDropZone({ children }: { children: ReactNode }) {
  const { notice, importFile, dismiss, refuse } = usePointsImport();
  const [over, setOver] = useState(false);
  useNoFileNavigation();

  const onDragOver = (event: DragEvent<HTMLDivElement>) => {
    if (!carriesFiles(event.dataTransfer)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setOver(true);
  };
  const onDragLeave = (event: DragEvent<HTMLDivElement>) => {
    if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget))) setOver(false);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    if (!carriesFiles(event.dataTransfer)) return;
    event.preventDefault();
    setOver(false);
    const files = [...event.dataTransfer.files];
    if (files.length !== 1) return refuse(`Not imported: drop one CSV file at a time (${files.length} were dropped). The current points are kept.`);
    void importFile(files[0]);
  };

  return (
    <div className={`points-drop-zone${over ? ' points-drop-active' : ''}`} onDragOver={onDragOver} onDragLeave={onDragLeave} onDrop={onDrop}>
      {children}
      <ImportNoticeView notice={notice} onDismiss={dismiss} />
    </div>
  );
}

/** A file dropped beside the target would make the browser open it in place of the lab, losing the session. */
function useNoFileNavigation() {
  useEffect(() => {
    const refuse = (event: globalThis.DragEvent) => {
      if (event.defaultPrevented || !carriesFiles(event.dataTransfer)) return;
      event.preventDefault();
      if (event.dataTransfer !== null) event.dataTransfer.dropEffect = 'none';
    };
    window.addEventListener('dragover', refuse);
    window.addEventListener('drop', refuse);
    return () => {
      window.removeEventListener('dragover', refuse);
      window.removeEventListener('drop', refuse);
    };
  }, []);
}
