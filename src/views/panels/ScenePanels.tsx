import { Suspense } from 'react';
import type { PanelId } from '../../lessons/scene';
import { PanelBoundary } from '../common/PanelBoundary';
import { useHydrated } from '../common/useHydrated';
import { panelEntry } from './panelRegistry';

/**
 * The panels of the lab's first screen, which the build prerenders into index.html (src/prerender). The others
 * show their loading note there and while the page hydrates, and load right after.
 */
const PRERENDERED_PANELS: readonly PanelId[] = ['regions', 'training', 'model'];

/**
 * One panel from the registry with its error boundary and, while its code loads, a note in its place (the note
 * names the panel, so a slow chunk is not mistaken for an empty page).
 */
export function RegistryPanel({ id }: { id: PanelId }) {
  const { title, Component } = panelEntry(id);
  const loading = <p className="loading-note">Loading {title.toLowerCase()}…</p>;
  const inBrowser = useHydrated();
  if (!inBrowser && !PRERENDERED_PANELS.includes(id)) return loading;
  return (
    <PanelBoundary title={title}>
      <Suspense fallback={loading}>
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
