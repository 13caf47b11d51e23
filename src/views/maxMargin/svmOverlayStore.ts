import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/**
 * Whether the decision-regions plot draws the max-margin SVM's boundaries: set by the Max margin panel's
 * checkbox, read by the plot's overlay. View state only, like the probe tool: not in a link or a session.
 */
const overlayStore = createStore<{ readonly show: boolean }>(() => ({ show: false }));

export function useSvmOverlayShown(): boolean {
  return useStore(overlayStore, (s) => s.show);
}

export function showSvmOverlay(show: boolean): void {
  overlayStore.setState({ show });
}
