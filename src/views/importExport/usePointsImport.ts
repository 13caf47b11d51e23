import { useCallback, useState } from 'react';
import { formatCount } from '../../model/numberFormat';
import { useLab, useLabStore } from '../../store/LabStoreContext';

export interface ImportNotice {
  readonly kind: 'error' | 'done';
  readonly text: string;
}

const KEPT = 'The current points are kept.';

/**
 * Reads a dropped or chosen CSV file and, when it is good, replaces the points through the store's one validated
 * change; a refused file leaves the points as they were and the notice says which file, line and why.
 */
export function usePointsImport() {
  const store = useLabStore();
  const loadPoints = useLab((s) => s.loadPoints);
  const [notice, setNotice] = useState<ImportNotice | null>(null);

  const importFile = useCallback(
    async (file: File) => {
      // The CSV reader loads with the first import: it is not part of the start bundle.
      let csv: typeof import('../../model/csv') | null = null;
      try {
        const [reader, { checkImportSize, readPointsCsv }] = await Promise.all([import('../../model/csv'), import('./pointsImport')]);
        csv = reader;
        checkImportSize(file.size, file.name);
        const { points, classes } = readPointsCsv(await file.text(), file.name);
        loadPoints(points, classes);
        const state = store.getState();
        // A refusal is the sentence validation composed (a string), never a report of the run.
        const refusal = typeof state.message === 'string' ? state.message : 'the lab refused its points';
        if (state.points !== points) return setNotice({ kind: 'error', text: `${file.name} was not loaded: ${refusal} ${KEPT}` });
        const count = `${formatCount(points.length)} ${points.length === 1 ? 'point' : 'points'}`;
        setNotice({ kind: 'done', text: `Loaded ${count} in ${classes} classes from ${file.name}.` });
      } catch (error) {
        // A CsvError names file, line and field; anything else (an unreadable file) is named here.
        const reason = csv !== null && error instanceof csv.CsvError ? error.message : `${file.name}: the file could not be read (${(error as Error).message})`;
        setNotice({ kind: 'error', text: `Not imported: ${reason}. ${KEPT}` });
      }
    },
    [loadPoints, store],
  );

  return { notice, importFile, dismiss: () => setNotice(null), refuse: (text: string) => setNotice({ kind: 'error', text }) };
}
