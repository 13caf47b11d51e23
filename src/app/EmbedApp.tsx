import { useEffect, type ComponentType } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { appLink } from '../share/appLink';
import { startAddressSync } from '../share/addressSync';
import { bindEmbedApi, browserEmbedHost } from '../share/embedApi';
import { writeEmbedOptions, type EmbedOptions, type EmbedPanel } from '../share/embedOptions';
import type { AppStore } from '../store/createAppStore';
import { LabStoreProvider, useLab } from '../store/LabStoreContext';
import { settingsOf } from '../store/settings';
import { startTrainingLoop } from '../store/trainingLoop';
import { PanelBoundary } from '../views/common/PanelBoundary';
import { TrainingCurvesPanel } from '../views/curves/TrainingCurvesPanel';
import { DataPanel } from '../views/data/DataPanel';
import { DecisionRegionsPanel } from '../views/decisionRegions/DecisionRegionsPanel';
import { EmbedControlBar } from '../views/embed/EmbedControlBar';
import { EMBED_PANEL_TITLES } from '../views/embed/embedLabels';
import { HessianSpectrumPanel } from '../views/hessianSpectrum/HessianSpectrumPanel';
import { LossSurfacePanel } from '../views/lossSurface/LossSurfacePanel';
import { MaxMarginPanel } from '../views/maxMargin/MaxMarginPanel';
import { ParametersPanel } from '../views/parameters/ParametersPanel';
import { LinkNotices } from '../views/linkSharing/LinkNotices';
import { SlowMotionPanel } from '../views/slowMotion/SlowMotionPanel';
import { StatusMessage } from './StatusMessage';

const PANELS: Record<EmbedPanel, ComponentType> = {
  regions: DecisionRegionsPanel,
  curves: TrainingCurvesPanel,
  surface: LossSurfacePanel,
  parameters: ParametersPanel,
  spectrum: HessianSpectrumPanel,
  data: DataPanel,
  margin: MaxMarginPanel,
  slowmotion: SlowMotionPanel,
};

interface EmbedAppProps {
  readonly store: AppStore;
  readonly embed: EmbedOptions;
  readonly notices: readonly string[];
}

/**
 * The lab inside another page's iframe: no page header, only the panels and controls its author listed, the
 * postMessage API for the host, and a link to the full app. It never reads or writes the visitor's saved
 * session (see startup), but keeps its address current, so a reload shows what the visitor changed.
 */
export function EmbedApp({ store, embed, notices }: EmbedAppProps) {
  useEffect(() => startTrainingLoop(store), [store]);
  useEffect(() => {
    const keep = new URLSearchParams();
    writeEmbedOptions(embed, keep);
    const sync = startAddressSync(store, { history: window.history, storage: null, keep });
    return () => sync.stop();
  }, [store, embed]);
  // Opened on its own (not in a frame) there is no host to talk to.
  useEffect(() => (window.parent === window ? undefined : bindEmbedApi(store, browserEmbedHost())), [store]);
  useEffect(() => {
    if (!embed.autoplay) return;
    // After the first paint: the reader sees the starting picture before it moves.
    const frame = requestAnimationFrame(() => store.getState().play());
    return () => cancelAnimationFrame(frame);
  }, [store, embed.autoplay]);

  return (
    <LabStoreProvider store={store}>
      <main className="embed-layout">
        <EmbedControlBar controls={embed.controls} />
        <StatusMessage />
        <LinkNotices notices={notices} />
        <div className="embed-panels">
          {embed.panels.map((id) => {
            const PanelContent = PANELS[id];
            return (
              <PanelBoundary key={id} title={EMBED_PANEL_TITLES[id]}>
                <PanelContent />
              </PanelBoundary>
            );
          })}
        </div>
        <OpenInAppLink />
      </main>
    </LabStoreProvider>
  );
}

/** The full app with the embed's current settings, in a new tab (the embed stays as it is). */
function OpenInAppLink() {
  const settings = useLab(useShallow(settingsOf));
  return (
    <p className="embed-open">
      <a href={appLink(window.location, settings, null)} target="_blank" rel="noopener">
        Open in Softmax Lab
      </a>
    </p>
  );
}
