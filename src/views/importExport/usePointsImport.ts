import { useCallback, useState } from 'react';
import { useLabStore } from '../../store/LabStoreContext';

export interface ImportNotice {
  /** `reading` while the file and the reader (a chunk of its own) load. */
  readonly kind: 'reading' | 'error' | 'done';
  readonly text: string;
}

export const KEPT = 'The current points are kept.';

/**
 * Imports a dropped or chosen CSV file of points (pointsImport.ts, which loads with the first import: it is not
 * part of the start bundle) and keeps the notice of how it went.
 */
export function usePointsImport() {
  const store = useLabStore();
  const [notice, setNotice] = useState<ImportNotice | null>(null);

  const importFile = useCallback(
    async (file: File) => {
      setNotice({ kind: 'reading', text: `Reading ${file.name}…` });
      try {
        const { importPointsFile } = await import('./pointsImport');
        setNotice(await importPointsFile(file, store));
      } catch (error) {
        setNotice({ kind: 'error', text: `Not imported: the file reader could not be loaded (${(error as Error).message}). Reload the page to try again. ${KEPT}` });
      }
    },
    [store],
  );

  return { notice, importFile, dismiss: () => setNotice(null), refuse: (text: string) => setNotice({ kind: 'error', text }) };
}
