import type { PanelId } from '../lessons/scene';
import { RegistryPanel } from '../views/panels/ScenePanels';

/** The lab's columns, each a list of panels from the registry. */
const COLUMNS: readonly { readonly className: string; readonly panels: readonly PanelId[] }[] = [
  { className: 'lab-plot', panels: ['regions', 'data', 'numerics', 'importexport'] },
  { className: 'lab-controls', panels: ['training', 'model'] },
  { className: 'lab-insight', panels: ['curves', 'margin', 'parameters', 'slowmotion', 'sigmoid'] },
  { className: 'lab-surface', panels: ['surface', 'spectrum'] },
];

/**
 * Every panel of the lab but those in `omit` (an open lesson shows them beside its card); each reads the store
 * itself and has its own error boundary, so a panel that fails leaves the others working.
 */
export function LabColumns({ omit = [] }: { omit?: readonly PanelId[] }) {
  return (
    <div className="lab-layout">
      {COLUMNS.map(({ className, panels }) => (
        <div key={className} className={`lab-column ${className}`}>
          {panels
            .filter((id) => !omit.includes(id))
            .map((id) => (
              <RegistryPanel key={id} id={id} />
            ))}
        </div>
      ))}
    </div>
  );
}
