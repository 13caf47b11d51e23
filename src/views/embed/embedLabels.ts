import type { EmbedControl } from '../../share/embedOptions';

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
