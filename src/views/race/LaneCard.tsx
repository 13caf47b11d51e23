import { useId } from 'react';
import { describeLane } from '../../store/race/laneDescription';
import { useRace } from '../../store/race/RaceStoreContext';
import { LaneRegionPlot } from './LaneRegionPlot';
import { LaneMarginAngle } from '../maxMargin/LaneMarginAngle';
import { LaneSettingsFields } from './LaneSettingsFields';
import { LaneSwatch, laneName } from './laneStyle';

/** One lane: its name, its decision regions and its settings. A region named "Lane 2 · reference class". */
export function LaneCard({ index }: { index: number }) {
  const lane = useRace((s) => s.settings.lanes[index]);
  const headingId = useId();
  if (lane === undefined) return null;
  const title = `${laneName(index)} · ${lane.label}`;
  const description = describeLane(lane);
  return (
    <section className="race-lane" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <LaneSwatch index={index} /> {title}
      </h3>
      {description !== lane.label && <p className="race-lane-description">{description}</p>}
      <LaneRegionPlot index={index} label={title} />
      <LaneMarginAngle index={index} />
      <LaneSettingsFields index={index} lane={lane} />
    </section>
  );
}
