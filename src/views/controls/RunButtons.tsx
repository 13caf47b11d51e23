import { useLab } from '../../store/LabStoreContext';

export type RunButton = 'play' | 'step' | 'reset';

/** Play/Pause (one button whose name says what it will do), Step and Reset; an embed may show only some. */
export function RunButtons({ only = ['play', 'step', 'reset'] }: { only?: readonly RunButton[] }) {
  const playing = useLab((s) => s.playing);
  const togglePlay = useLab((s) => s.togglePlay);
  const stepOnce = useLab((s) => s.stepOnce);
  const reset = useLab((s) => s.reset);
  return (
    <div className="controls-run-buttons">
      {only.includes('play') && (
        <button type="button" className="controls-primary" onClick={togglePlay} aria-keyshortcuts="Space" title={`${playing ? 'Pause' : 'Play'} (Space)`}>
          <PlayPauseLabel playing={playing} />
        </button>
      )}
      {only.includes('step') && (
        <button type="button" onClick={stepOnce} aria-keyshortcuts="ArrowRight S" title="One step (→ or S)">
          Step
        </button>
      )}
      {only.includes('reset') && (
        <button type="button" onClick={reset} aria-keyshortcuts="R" title="Back to the initial θ (R)">
          Reset
        </button>
      )}
    </div>
  );
}

/** The play button's face: its name says what a press will do, so it is Pause while training plays. */
export function PlayPauseLabel({ playing }: { playing: boolean }) {
  return (
    <>
      <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span> {playing ? 'Pause' : 'Play'}
    </>
  );
}
