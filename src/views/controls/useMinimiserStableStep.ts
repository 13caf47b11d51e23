import { useEffect, useMemo, useState } from 'react';
import { objectiveKey, type MinimiserStableStep } from '../../model/minimiserStableStep';
import { restrict } from '../../model/parameters';
import { useLab, useLabStore } from '../../store/LabStoreContext';
import { knownMinimiserStep, minimiserStepFor } from './solveMinimiserStep';

const UNKNOWN: MinimiserStableStep = { kind: 'unknown' };

/**
 * The lab's 2/hₘₐₓ(H(θ*)) at the minimiser, for its points and objective: null while Newton's method runs in a
 * worker (from the θ the lab has when it starts); `unknown` while the points' separation, which decides whether
 * there is a minimiser, is being found. Cached per points and objective, so it is found once, not per step: θ* does
 * not move while training does.
 */
export function useMinimiserStableStep(): MinimiserStableStep | null {
  const store = useLabStore();
  const data = useLab((s) => s.data);
  const model = useLab((s) => s.model);
  const separation = useLab((s) => s.separation);
  const spec = useMemo(
    () => ({ parametrization: { kind: model.parametrization, referenceClass: model.referenceClass }, l2: model.l2, penalizeBias: model.penalizeBias }),
    [model.parametrization, model.referenceClass, model.l2, model.penalizeBias],
  );
  const key = objectiveKey(spec);
  const known = knownMinimiserStep(data, spec);
  const [found, setFound] = useState<{ data: unknown; key: string; value: MinimiserStableStep } | null>(null);

  // With λ = 0 the points' separation decides whether there is a minimiser: nothing is searched before it is known.
  const unknown = useLab((s) => s.existence.kind === 'unknown');

  useEffect(() => {
    if (unknown || knownMinimiserStep(data, spec) !== null) return;
    let live = true;
    const start = restrict(store.getState().identifiable, data.classes, spec.parametrization);
    void minimiserStepFor({ data, spec, separation, start }).then((value) => {
      if (live) setFound({ data, key, value });
    });
    return () => {
      live = false;
    };
  }, [store, data, spec, key, separation, unknown]);

  if (unknown) return UNKNOWN;
  if (known !== null) return known;
  return found !== null && found.data === data && found.key === key ? found.value : null;
}
