import type { EmbedControl } from '../share/embedOptions';

/**
 * What the app knows about each panel, as content: its title (the name its region is found by), whether an
 * embed's author may list it (`panels=`), and whether a lesson may put it in its scene. The components
 * themselves are looked up in src/views/panels/panelRegistry.ts; this table has no view code, so lessons and
 * the address parser can name panels without loading them.
 */
export const PANEL_INFO = {
  regions: { title: 'Decision regions', embeddable: true, sceneable: true },
  curves: { title: 'Training curves', embeddable: true, sceneable: true },
  surface: { title: 'Loss surface', embeddable: true, sceneable: true },
  parameters: { title: 'Parameters', embeddable: true, sceneable: true },
  spectrum: { title: 'Hessian spectrum', embeddable: true, sceneable: true },
  data: { title: 'Data', embeddable: true, sceneable: false },
  margin: { title: 'Max margin', embeddable: true, sceneable: true },
  slowmotion: { title: 'One step in slow motion', embeddable: true, sceneable: true },
  numerics: { title: 'Numerics', embeddable: true, sceneable: true },
  sigmoid: { title: 'Two classes: the sigmoid', embeddable: true, sceneable: true },
  steplimits: { title: 'Step size limits', embeddable: true, sceneable: true },
  race: { title: 'Race summary', embeddable: false, sceneable: true },
  importexport: { title: 'Import and export', embeddable: false, sceneable: true },
  training: { title: 'Training', embeddable: false, sceneable: false },
  model: { title: 'Model', embeddable: false, sceneable: false },
} as const satisfies Record<string, PanelInfo>;

export interface PanelInfo {
  /** The title the panel shows, and its region's accessible name. */
  readonly title: string;
  /** An embed's author may list it in `panels=` (it needs nothing but the lab's store). */
  readonly embeddable: boolean;
  /** A lesson may show it in its scene (it reads well in a cell of fixed height). */
  readonly sceneable: boolean;
}

export type PanelId = keyof typeof PANEL_INFO;
type IdsWhere<Flag extends keyof PanelInfo> = { [Id in PanelId]: (typeof PANEL_INFO)[Id][Flag] extends true ? Id : never }[PanelId];
export type EmbeddablePanelId = IdsWhere<'embeddable'>;
export type SceneablePanelId = IdsWhere<'sceneable'>;

/** Every panel id, in the table's order. */
export const PANEL_IDS = Object.keys(PANEL_INFO) as readonly PanelId[];
export const EMBEDDABLE_PANEL_IDS = PANEL_IDS.filter((id): id is EmbeddablePanelId => PANEL_INFO[id].embeddable);
export const SCENEABLE_PANEL_IDS = PANEL_IDS.filter((id): id is SceneablePanelId => PANEL_INFO[id].sceneable);

/**
 * What a lesson shows beside its text, in every layout (lab, read view, presentation, embed): the one to three
 * panels that show its claim, the first being the main one, and the controls a reader needs there (shown with
 * the run read-out: step, J, accuracy, ‖∇J‖).
 */
export interface Scene {
  readonly panels: readonly [SceneablePanelId] | readonly [SceneablePanelId, SceneablePanelId] | readonly [SceneablePanelId, SceneablePanelId, SceneablePanelId];
  readonly controls: readonly EmbedControl[];
}

/** The run buttons: most scenes need only these. */
export const RUN_CONTROLS: readonly EmbedControl[] = ['play', 'step', 'reset'];
