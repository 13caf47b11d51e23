import { pointsToCsv } from '../../model/csv';
import { runToCsv, runToJson, type RunRecord } from '../../model/runExport';
import type { LabState } from '../../store/createAppStore';
import { currentSample } from '../../store/currentSample';
import { pngOf, snapshotFigure, svgFileText } from './figureSnapshot';

/** PNG files are drawn at twice the CSS size, sharp on high-density screens and in print. */
export const PNG_SCALE = 2;

export type FigureId = 'regions' | 'surface' | 'curves';

/** Where each figure is on the page: the panel's parts that make up its picture (legends included). */
export const FIGURES: Readonly<Record<FigureId, { readonly title: string; readonly parts: readonly string[] }>> = {
  regions: { title: 'decision regions', parts: ['.decision-regions-panel .region-plot-frame'] },
  surface: { title: 'loss surface', parts: ['.slice-panel .slice-chart', '.slice-panel .slice-legend'] },
  curves: { title: 'training curves', parts: ['.curves-panel .curves-charts'] },
};

export const fileName = (what: string, extension: string) => `softmax-lab-${what}.${extension}`;

/** The run as the curves show it, ending at the current step. */
export function runRecord(state: LabState): RunRecord {
  const { history, summary, dataset, classes, points, pointsEdited, model, init, optimizer, training } = state;
  return {
    history,
    current: { ...currentSample(state), redundant: summary.redundant },
    settings: { dataset, classes, pointCount: points.length, pointsEdited, model, init, optimizer, training },
  };
}

export const pointsFile = (state: LabState) => new Blob([pointsToCsv(state.points)], { type: 'text/csv' });
export const runCsvFile = (state: LabState) => new Blob([runToCsv(runRecord(state))], { type: 'text/csv' });
export const runJsonFile = (state: LabState) => new Blob([runToJson(runRecord(state))], { type: 'application/json' });

/** The figure as it is on the page now, or an error saying why there is none (a panel not drawn, or failed). */
export async function figureFile(id: FigureId, format: 'png' | 'svg', page: ParentNode = document): Promise<Blob> {
  const { title, parts } = FIGURES[id];
  const elements = parts.flatMap((selector) => [...page.querySelectorAll(selector)]);
  if (elements.length === 0) throw new Error(`the ${title} panel shows no picture at the moment`);
  const snapshot = snapshotFigure(elements);
  if (snapshot.width === 0 || snapshot.height === 0) throw new Error(`the ${title} panel shows no picture at the moment`);
  return format === 'svg' ? new Blob([svgFileText(snapshot)], { type: 'image/svg+xml' }) : pngOf(snapshot, PNG_SCALE);
}

/** Saves `blob` as a download named `name`, through a temporary link (no server, nothing leaves the page). */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.click();
  // The browser has taken its copy once the click's task is over; a minute's delay is ample.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
