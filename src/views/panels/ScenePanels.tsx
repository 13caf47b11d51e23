import { Suspense } from 'react';
import type { PanelId } from '../../lessons/scene';
import { PanelBoundary } from '../common/PanelBoundary';
import { panelEntry } from './panelRegistry';

/**
 * One panel from the registry with its error boundary and, while its code loads, a note in its place (the note
 * names the panel, so a slow chunk is not mistaken for an empty page).
 */
export function RegistryPanel({ id }: { id: PanelId }) {
  const { title, Component } = panelEntry(id);
  return (
    <PanelBoundary title={title}>
      <Suspense fallback={<p className="loading-note">Loading {title.toLowerCase()}…</p>}>
        <Component />
      </Suspense>
    </PanelBoundary>
  );
}

/**
 * A scene's panels, each in a cell of its own (`data-panel` names it; the first is `data-main`), for layouts
 * that size the cells: the lab's lesson stage, the read view's figure, presentation and a lesson embed.
 */
export function ScenePanels({ panels, className }: { panels: readonly PanelId[]; className?: string }) {
  return (
    <div className={`scene-panels ${className ?? ''}`} data-panel-count={panels.length}>
      {panels.map((id, i) => (
        <div key={id} className="scene-cell compact-cell" data-panel={id} data-main={i === 0 ? '' : undefined}>
          <RegistryPanel id={id} />
        </div>
      ))}
    </div>
  );
}
