import { Panel } from '../common/Panel';
import { CodeExport } from './CodeExport';
import { ExportMenu } from './ExportMenu';
import { ImportButton } from './ImportButton';
import './importExport.css';

/** Points in from a CSV file; points, the run and the figures out as files; the run as a Python script. */
export function ImportExportPanel() {
  return (
    <Panel title="Import and export" className="import-export-panel">
      <ImportButton />
      <p className="import-hint">
        A CSV with the header <code>x1,x2,label</code> and labels 0, 1, 2, …; or drop the file on the decision-regions plot.
      </p>
      <ExportMenu />
      <CodeExport />
    </Panel>
  );
}
