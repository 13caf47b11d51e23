/**
 * Marks the part of a panel that lessons point at (a chart, a table): where a scene cell too small for the whole
 * panel scrolls the panel to, as the read view's pinned scene does on a phone (src/views/read/useSceneFocus.ts).
 * One per panel.
 */
export const SCENE_FOCUS = { 'data-scene-focus': '' } as const;

export const SCENE_FOCUS_SELECTOR = '[data-scene-focus]';
