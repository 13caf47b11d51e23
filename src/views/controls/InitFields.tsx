import type { InitKind } from '../../model/initialization';
import { MAX_SEED } from '../../model/seed';
import { useLab } from '../../store/LabStoreContext';
import { MAX_INIT_SCALE } from '../../store/schema/limits';
import { NumberField } from '../common/NumberField';
import { SelectField, type SelectOption } from './SelectField';

const INIT_OPTIONS: readonly SelectOption<InitKind>[] = [
  { value: 'zeros', label: 'Zeros' },
  { value: 'random', label: 'Random (seeded normal)' },
];

const OFFSET_LABELS = ['Offset c_b', 'Offset c_w1', 'Offset c_w2'] as const;

/**
 * Where θ starts: zeros or a seeded random draw, plus an offset c added to every row. c changes only the
 * redundant class-mean, so two starts differing in c give the same classifier — a way to watch what each
 * optimiser does with the flat direction. Any change restarts the run.
 */
export function InitFields() {
  const init = useLab((s) => s.init);
  const setInit = useLab((s) => s.setInit);
  const setOffset = (index: number, value: number) => {
    const offset: [number, number, number] = [...init.offset];
    offset[index] = value;
    setInit({ offset });
  };
  return (
    <fieldset className="controls-group">
      <legend>Initial θ</legend>
      <p className="controls-note">Changing any of these resets the run to step 0.</p>
      <div className="controls-grid">
        <SelectField label="Initialization" value={init.kind} options={INIT_OPTIONS} onChange={(kind) => setInit({ kind })} />
        {init.kind === 'random' && (
          <>
            <NumberField label="Init seed" value={init.seed} onChange={(seed) => setInit({ seed })} min={0} max={MAX_SEED} step={1} integer />
            <NumberField label="Init scale σ" value={init.scale} onChange={(scale) => setInit({ scale })} min={0} max={MAX_INIT_SCALE} hint="Standard deviation of each entry" />
          </>
        )}
      </div>
      <fieldset className="controls-offset">
        <legend>Offset c added to every row: moves only the redundant class-mean, not the classifier</legend>
        <div className="controls-offset-fields">
          {OFFSET_LABELS.map((label, index) => (
            <NumberField key={label} label={label} value={init.offset[index]} onChange={(value) => setOffset(index, value)} />
          ))}
        </div>
      </fieldset>
    </fieldset>
  );
}
