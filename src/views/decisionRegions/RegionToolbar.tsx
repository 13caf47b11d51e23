import { useId } from 'react';
import { useLab, useLabView } from '../../store/LabStoreContext';
import { CLASS_NAMES, classLabel } from '../common/palette';
import { ClassMarker } from './ClassMarker';

const TOOL_NAMES = { add: 'Add', erase: 'Erase', probe: 'Probe' } as const;

/** The class a click adds, the click's tool, and what the plot shows. */
export function RegionToolbar() {
  const classes = useLab((s) => s.classes);
  const selectedClass = useLab((s) => s.view.selectedClass);
  const tool = useLab((s) => s.view.tool);
  const argmaxOnly = useLab((s) => s.view.argmaxOnly);
  const showWeightVectors = useLab((s) => s.view.showWeightVectors);
  const setView = useLab((s) => s.setView);
  // Probe is not an editing tool a link restores (view.tool); it lives in the probe store, beside the plot's.
  const probeTool = useLabView((s) => s.probeTool);
  const setProbeTool = useLabView((s) => s.setProbeTool);
  const chosen = probeTool ? 'probe' : tool;
  const arrowsHintId = useId();

  return (
    <div className="region-toolbar">
      <fieldset className="segmented" role="radiogroup" aria-label="Class to add">
        <legend>Class to add</legend>
        {Array.from({ length: classes }, (_, k) => (
          <label key={k} title={classLabel(k)}>
            <input type="radio" name="class-to-add" checked={selectedClass === k} onChange={() => setView({ selectedClass: k })} />
            <span>
              <ClassMarker k={k} />
              <span className="segment-text">
                {`Class ${k}`}
                <span className="sr-only">{` (${CLASS_NAMES[k]})`}</span>
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset className="segmented" role="radiogroup" aria-label="Tool">
        <legend>Tool</legend>
        {(['add', 'erase', 'probe'] as const).map((option) => (
          <label key={option}>
            <input
              type="radio"
              name="plot-tool"
              checked={chosen === option}
              onChange={() => {
                setProbeTool(option === 'probe');
                if (option !== 'probe') setView({ tool: option });
              }}
            />
            <span>{TOOL_NAMES[option]}</span>
          </label>
        ))}
      </fieldset>
      <div className="region-toggles">
        <label>
          <input type="checkbox" checked={argmaxOnly} onChange={(event) => setView({ argmaxOnly: event.target.checked })} />
          Show only the most probable class
        </label>
        <label>
          <input
            type="checkbox"
            checked={showWeightVectors}
            aria-describedby={arrowsHintId}
            onChange={(event) => setView({ showWeightVectors: event.target.checked })}
          />
          Show weight vectors wₖ − mean w
        </label>
      </div>
      <p id={arrowsHintId} className={showWeightVectors ? 'region-toolbar-hint' : 'sr-only'}>
        A single wₖ is not identifiable: shifting every class by the same c moves it while no region changes. The
        arrows show wₖ − mean w, which the data fix.
      </p>
    </div>
  );
}
