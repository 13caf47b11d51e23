import { useLab } from '../../store/LabStoreContext';

/** Play/Pause (one button whose name says what it will do), Step and Reset. */
export function RunButtons() {
  const playing = useLab((s) => s.playing);
  const togglePlay = useLab((s) => s.togglePlay);
  const stepOnce = useLab((s) => s.stepOnce);
  const reset = useLab((s) => s.reset);
  return (
    <div className="controls-run-buttons">
      <button type="button" className="controls-primary" onClick={togglePlay} aria-keyshortcuts="Space" title={`${playing ? 'Pause' : 'Play'} (Space)`}>
        <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span> {playing ? 'Pause' : 'Play'}
      </button>
      <button type="button" onClick={stepOnce} aria-keyshortcuts="ArrowRight S" title="One step (→ or S)">
        Step
      </button>
      <button type="button" onClick={reset} aria-keyshortcuts="R" title="Back to the initial θ (R)">
        Reset
      </button>
    </div>
  );
}
