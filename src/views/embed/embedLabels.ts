import type { EmbedControl, EmbedPanel } from '../../share/embedOptions';

/** Each embeddable panel's title: the same title the panel shows, so the builder's checkboxes name what appears. */
export const EMBED_PANEL_TITLES: Record<EmbedPanel, string> = {
  regions: 'Decision regions',
  curves: 'Training curves',
  surface: 'Loss surface',
  parameters: 'Parameters',
  spectrum: 'Hessian spectrum',
  data: 'Data',
  margin: 'Max margin',
  slowmotion: 'One step in slow motion',
};

/** Each embeddable control as the builder lists it (the control itself keeps the lab's own label). */
export const EMBED_CONTROL_LABELS: Record<EmbedControl, string> = {
  play: 'Play / Pause',
  step: 'Step',
  reset: 'Reset',
  spf: 'Steps per frame',
  opt: 'Optimizer',
  lr: 'Learning rate',
  l2: 'L2 strength',
  param: 'Parametrization',
  k: 'Classes',
  data: 'Data set',
  shift: 'Shift all classes',
};
