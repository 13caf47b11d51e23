import { lazy, type ComponentType } from 'react';
import { PANEL_IDS, PANEL_INFO, type PanelId, type PanelInfo } from '../../lessons/scene';
import { ModelControlsPanel } from '../controls/ModelControlsPanel';
import { TrainingControlsPanel } from '../controls/TrainingControlsPanel';
import { DecisionRegionsDropTarget } from '../importExport/DecisionRegionsDropTarget';

/** One panel: what the panel table says of it, and its component (loaded when first shown, unless it is eager). */
export interface PanelEntry extends PanelInfo {
  readonly id: PanelId;
  /** Render inside a Suspense boundary: a lazy panel suspends while its chunk loads. */
  readonly Component: ComponentType;
  /** Loads the panel's code (resolves at once for the eager ones): lets a layout fetch a scene's chunks ahead. */
  readonly load: () => Promise<unknown>;
}

type Loader = () => Promise<ComponentType>;

/**
 * Where each panel's code lives. The plot and the two control panels are in the start bundle (the first screen
 * shows them); every other panel is its own chunk, loaded when a layout first shows it.
 */
const EAGER: Partial<Record<PanelId, ComponentType>> = {
  regions: DecisionRegionsDropTarget,
  training: TrainingControlsPanel,
  model: ModelControlsPanel,
};
const LAZY: Record<Exclude<PanelId, 'regions' | 'training' | 'model'>, Loader> = {
  curves: () => import('../curves/TrainingCurvesPanel').then((m) => m.TrainingCurvesPanel),
  surface: () => import('../lossSurface/LossSurfacePanel').then((m) => m.LossSurfacePanel),
  parameters: () => import('../parameters/ParametersPanel').then((m) => m.ParametersPanel),
  spectrum: () => import('../hessianSpectrum/HessianSpectrumPanel').then((m) => m.HessianSpectrumPanel),
  data: () => import('../data/DataPanel').then((m) => m.DataPanel),
  margin: () => import('../maxMargin/MaxMarginPanel').then((m) => m.MaxMarginPanel),
  slowmotion: () => import('../slowMotion/SlowMotionPanel').then((m) => m.SlowMotionPanel),
  numerics: () => import('../numerics/NumericsPanel').then((m) => m.NumericsPanel),
  sigmoid: () => import('../sigmoid/SigmoidPanel').then((m) => m.SigmoidPanel),
  steplimits: () => import('../stepLimits/StepLimitsPanel').then((m) => m.StepLimitsPanel),
  race: () => import('../race/CompactRacePanel').then((m) => m.CompactRacePanel),
  importexport: () => import('../importExport/ImportExportPanel').then((m) => m.ImportExportPanel),
};

function entry(id: PanelId): PanelEntry {
  const eager = EAGER[id];
  if (eager !== undefined) return { id, ...PANEL_INFO[id], Component: eager, load: () => Promise.resolve(eager) };
  const load = LAZY[id as keyof typeof LAZY];
  return { id, ...PANEL_INFO[id], Component: lazy(() => load().then((Component) => ({ default: Component }))), load };
}

/** Every panel of the app, by id: the one list the lab, the read view, presentation and embeds draw from. */
export const panelRegistry: Readonly<Record<PanelId, PanelEntry>> = Object.fromEntries(PANEL_IDS.map((id) => [id, entry(id)])) as Record<PanelId, PanelEntry>;

/** The registry entry of one panel. */
export function panelEntry(id: PanelId): PanelEntry {
  return panelRegistry[id];
}

export type { PanelId } from '../../lessons/scene';
