import { useState, type KeyboardEvent } from 'react';
import type { CurveSample } from '../../model/curveHistory';
import { nearestSampleIndex } from '../charts/chartDomain';

const PAGE = 10;

/**
 * Which sample the charts' hover rule marks: set by the pointer (any step, snapped to the nearest sample) or by
 * the keyboard (←/→ one sample, PageUp/PageDown ten, Home the first, End or Escape back to following the
 * latest). `inspected` is null while following the latest.
 */
export function useStepInspection(samples: readonly CurveSample[]) {
  const [inspectedStep, setInspectedStep] = useState<number | null>(null);
  const index = inspectedStep === null ? -1 : nearestSampleIndex(samples, inspectedStep);
  const inspected = index >= 0 ? samples[index] : null;
  const shown = inspected ?? samples.at(-1) ?? null;

  const onKeyDown = (event: KeyboardEvent) => {
    const last = samples.length - 1;
    if (last < 0) return;
    const from = index >= 0 ? index : last;
    let next: number | null;
    switch (event.key) {
      case 'ArrowLeft':
      case 'ArrowDown':
        next = from - 1;
        break;
      case 'ArrowRight':
      case 'ArrowUp':
        next = from + 1;
        break;
      case 'PageDown':
        next = from - PAGE;
        break;
      case 'PageUp':
        next = from + PAGE;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
      case 'Escape':
        next = null;
        break;
      default:
        return;
    }
    // The arrow keys also step training app-wide; here they belong to the chart.
    event.preventDefault();
    event.stopPropagation();
    setInspectedStep(next === null ? null : samples[Math.min(last, Math.max(0, next))].step);
  };

  /** Props for the focusable element that wraps the charts. */
  const sliderProps = (valueText: string) => ({
    role: 'slider' as const,
    tabIndex: 0,
    'aria-valuemin': samples[0]?.step ?? 0,
    'aria-valuemax': samples.at(-1)?.step ?? 0,
    'aria-valuenow': shown?.step ?? 0,
    'aria-valuetext': valueText,
    onKeyDown,
  });

  return { inspected, shown, inspect: setInspectedStep, sliderProps };
}
