import { useEffect, useState } from 'react';
import type { Dataset } from '../../model/dataset';
import type { MaxMargin } from '../../model/maxMargin';
import type { ParametrizationKind } from '../../model/parameters';
import { useLabStore } from '../../store/LabStoreContext';
import { maxMarginFor, solvedMaxMargin } from './solveMaxMargin';

/** Points drawn in a quick run of clicks are solved once, after the last: each solve starts this long after an edit. */
const EDIT_PAUSE_MS = 150;

/**
 * The SVM of these points for the parameters GD moves, solved once per lab (the store's caches); null while it is being solved (or when `enabled` is
 * false, in which case nothing is solved).
 */
export function useMaxMargin(data: Dataset, kind: ParametrizationKind, referenceClass: number, enabled = true): MaxMargin | null {
  const { caches } = useLabStore();
  const parametrization = { kind, referenceClass };
  const known = enabled ? solvedMaxMargin(data, parametrization, caches) : null;
  const [answer, setAnswer] = useState<{ data: Dataset; kind: ParametrizationKind; referenceClass: number; value: MaxMargin } | null>(null);

  useEffect(() => {
    if (!enabled || known !== null) return;
    let live = true;
    const timer = setTimeout(() => {
      void maxMarginFor(data, { kind, referenceClass }, caches).then((value) => {
        if (live) setAnswer({ data, kind, referenceClass, value });
      });
    }, EDIT_PAUSE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [data, kind, referenceClass, enabled, known, caches]);

  if (known !== null) return known;
  const current = answer !== null && answer.data === data && answer.kind === kind && (kind === 'full' || answer.referenceClass === referenceClass);
  return enabled && current ? answer.value : null;
}
