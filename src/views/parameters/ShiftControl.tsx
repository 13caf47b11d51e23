import { useId, useState } from 'react';
import { useLab, useLabStore } from '../../store/LabStoreContext';
import { CLASS_NAMES } from '../common/palette';
import { ShiftPad } from './ShiftPad';
import { SHIFT_STEP, addShifts, describeShift, type Shift, type ShiftReport } from './shiftAllClasses';

/**
 * The "shift all classes" experiment: the pad and bias buttons add one c to every θ_k, and a sentence says what
 * changed and what did not, measured on the store's J before and after each shift.
 */
export function ShiftControl({ mean }: { mean: Shift }) {
  const store = useLabStore();
  const reference = useLab((s) => s.model.parametrization === 'reference');
  const referenceClass = useLab((s) => s.model.referenceClass);
  const [report, setReport] = useState<ShiftReport | null>(null);
  const helpId = useId();
  const reportId = useId();

  const shift = (c: Shift, continues = false) => {
    if (c.every((v) => v === 0)) return;
    const before = store.getState().current.loss;
    store.getState().shiftAllClasses(c);
    const after = store.getState().current.loss;
    // Summing each shift's own change leaves out what training did between the moves of a drag.
    setReport((previous) =>
      continues && previous
        ? { shift: addShifts(previous.shift, c), lossChange: previous.lossChange + (after - before), lossAfter: after }
        : { shift: c, lossChange: after - before, lossAfter: after },
    );
  };

  return (
    <div className="shift-control">
      <ShiftPad mean={mean} disabled={reference} describedBy={reference ? reportId : `${reportId} ${helpId}`} onShift={shift} />
      <div className="shift-side">
        <div className="shift-buttons" role="group" aria-label="Shift the biases">
          {/* The visible text is the accessible name (WCAG 2.5.3): the group says what the buttons shift. */}
          <button type="button" disabled={reference} title={`Add −${SHIFT_STEP} to every class’s bias`} onClick={() => shift([-SHIFT_STEP, 0, 0])}>
            All biases −{SHIFT_STEP}
          </button>
          <button type="button" disabled={reference} title={`Add +${SHIFT_STEP} to every class’s bias`} onClick={() => shift([SHIFT_STEP, 0, 0])}>
            All biases +{SHIFT_STEP}
          </button>
          <button type="button" disabled={reference || mean.every((v) => v === 0)} onClick={() => shift([-mean[0], -mean[1], -mean[2]])}>
            Move m to 0
          </button>
        </div>
        <p id={reportId} className="shift-report" aria-live="polite" data-testid="shift-report">
          {reference
            ? `Under the reference parametrization the ${CLASS_NAMES[referenceClass]} row is fixed at 0, so a shift would be absorbed: ` +
              'θ is re-expressed with that row at 0 again and nothing changes. Set Parametrization to full to try it.'
            : report
              ? describeShift(report)
              : 'Add the same c to every θₖ: softmax sees only the differences θₖ − θⱼ, so no probability can change. Try it.'}
        </p>
        {!reference && (
          <p id={helpId} className="chart-hint">
            Drag the dot m, or focus the pad: ← → shift w₁, ↑ ↓ shift w₂, Page Up/Down shift b (hold Shift for steps of 0.1).
          </p>
        )}
      </div>
    </div>
  );
}
