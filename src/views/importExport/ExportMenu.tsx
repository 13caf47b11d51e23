import { useState } from 'react';
import { useLabStore } from '../../store/LabStoreContext';
import type { LabState } from '../../store/createAppStore';
import { download, figureFile, fileName, pointsFile, runCsvFile, runJsonFile, type FigureId } from './exportFiles';

interface ExportChoice {
  /** The file's name part: softmax-lab-<what>.<format>. */
  readonly what: string;
  readonly format: string;
  make(state: LabState): Blob | Promise<Blob>;
}

const figure = (id: FigureId): ExportChoice[] =>
  (['png', 'svg'] as const).map((format) => ({ what: id, format, make: () => figureFile(id, format) }));

/** Each row: what is exported (as shown, and as the buttons' names say it), and its formats. */
const ROWS: readonly { readonly label: string; readonly name: string; readonly choices: readonly ExportChoice[] }[] = [
  { label: 'Points', name: 'points', choices: [{ what: 'points', format: 'csv', make: pointsFile }] },
  {
    label: 'Run (curves, θ)',
    name: 'run',
    choices: [
      { what: 'run', format: 'csv', make: runCsvFile },
      { what: 'run', format: 'json', make: runJsonFile },
    ],
  },
  { label: 'Decision regions', name: 'decision regions', choices: figure('regions') },
  { label: 'Loss surface', name: 'loss surface', choices: figure('surface') },
  { label: 'Training curves', name: 'training curves', choices: figure('curves') },
];

/** Buttons that save the points, the run and each figure as files; a line below says what was saved or why not. */
export function ExportMenu() {
  const store = useLabStore();
  const [outcome, setOutcome] = useState<{ failed: boolean; text: string } | null>(null);

  const save = async (name: string, choice: ExportChoice) => {
    const file = fileName(choice.what, choice.format);
    try {
      download(await choice.make(store.getState()), file);
      setOutcome({ failed: false, text: `Saved ${file}.` });
    } catch (error) {
      setOutcome({ failed: true, text: `The ${name} could not be exported as ${choice.format.toUpperCase()}: ${(error as Error).message}.` });
    }
  };

  return (
    <div className="export-menu" role="group" aria-label="Export">
      <h3 className="export-title">Export</h3>
      <ul className="export-rows">
        {ROWS.map(({ label, name, choices }) => (
          <li key={label} className="export-row">
            <span className="export-label">{label}</span>
            {choices.map((choice) => (
              <button
                key={choice.format}
                type="button"
                aria-label={`Export ${name} as ${choice.format.toUpperCase()}`}
                onClick={() => void save(name, choice)}
              >
                {choice.format.toUpperCase()}
              </button>
            ))}
          </li>
        ))}
      </ul>
      <p className={`export-outcome${outcome?.failed ? ' export-failed' : ''}`} role="status">
        {outcome?.text}
      </p>
    </div>
  );
}
