import { useRace } from '../../store/race/RaceStoreContext';

/** Play/Pause, Step and Reset of the race: the race view's controls and the race lesson's summary share them. */
export function RaceButtons({ onPlay }: { onPlay(): void }) {
  const playing = useRace((s) => s.playing);
  const pause = useRace((s) => s.pause);
  const stepOnce = useRace((s) => s.stepOnce);
  const reset = useRace((s) => s.reset);
  return (
    <div className="race-buttons">
      <button type="button" className="race-primary" onClick={() => (playing ? pause() : onPlay())}>
        <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span> {playing ? 'Pause race' : 'Play race'}
      </button>
      <button type="button" onClick={stepOnce}>
        Step race
      </button>
      <button type="button" onClick={reset}>
        Reset race
      </button>
    </div>
  );
}
