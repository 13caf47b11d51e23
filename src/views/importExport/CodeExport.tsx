import { useState } from 'react';
import { useLabStore } from '../../store/LabStoreContext';
import { download, fileName } from './exportFiles';

const LIBRARIES = [
  { library: 'numpy', label: 'NumPy' },
  { library: 'pytorch', label: 'PyTorch' },
] as const;

/**
 * "Export run as NumPy script / PyTorch script" and "Export θ as JSON". The generators load on the first press:
 * they are not needed until then.
 */
export function CodeExport() {
  const store = useLabStore();
  const [outcome, setOutcome] = useState<{ failed: boolean; text: string } | null>(null);

  const saveScript = async (library: 'numpy' | 'pytorch', label: string) => {
    const file = fileName(`run-${library}`, 'py');
    try {
      const { scriptFile } = await import('./codeExportFiles');
      const script = scriptFile(store.getState(), library);
      download(new Blob([script.text], { type: 'text/x-python' }), file);
      setOutcome({ failed: false, text: `Saved ${file}. ${script.note}` });
    } catch (error) {
      setOutcome({ failed: true, text: `The run could not be exported as a ${label} script: ${(error as Error).message}.` });
    }
  };

  const saveTheta = async () => {
    const file = fileName('theta', 'json');
    try {
      const { thetaJson } = await import('./codeExportFiles');
      download(new Blob([thetaJson(store.getState())], { type: 'application/json' }), file);
      setOutcome({ failed: false, text: `Saved ${file}: θ now, K rows of [b, w1, w2], as the scripts print it.` });
    } catch (error) {
      setOutcome({ failed: true, text: `θ could not be exported as JSON: ${(error as Error).message}.` });
    }
  };

  return (
    <div className="export-menu" role="group" aria-label="Export as code">
      <h3 className="export-title">Export as code</h3>
      <p className="import-hint">A short Python script that replays this run from step 0 and prints J and θ; its first lines say when they are not the app’s.</p>
      <div className="export-row">
        {LIBRARIES.map(({ library, label }) => (
          <button key={library} type="button" onClick={() => void saveScript(library, label)}>
            Export run as {label} script
          </button>
        ))}
        <button type="button" onClick={() => void saveTheta()}>
          Export θ as JSON
        </button>
      </div>
      <p className={`export-outcome${outcome?.failed ? ' export-failed' : ''}`} role="status">
        {outcome?.text}
      </p>
    </div>
  );
}
