import type { MinimiserExistence, NoMinimiserReason } from './minimiserExistence';
import type { Separation } from './separability';

// What the data panel, the max-margin panel and the run's messages say about the points and J's minimisers
// (teaching-math §2, §6). Apart from minimiserExistence.ts, which the run core reads at every change, so that they
// load with those panels and messages, not with the page.

/** What the points' separation is, in a sentence (teaching-math §2: by the K-class model, not by single lines). */
export function separationSentence(separation: Exclude<Separation, 'noPoints'>): string {
  switch (separation) {
    case 'completelySeparable':
      return 'Some linear classifier (one row θ_k per class) gets every point right with a positive margin.';
    case 'quasiCompletelySeparated':
      return 'No linear classifier gets every point strictly right, but one gets every point right or on a boundary between classes, at least one strictly right.';
    case 'overlapping':
      return 'No linear classifier gets every point right, even with points allowed on the boundaries.';
  }
}

/**
 * What that means for J under the current objective (teaching-math §6): no minimiser and why; or how many.
 * `l2` is λ, shown as the user typed it; `separation` is null while it is being found.
 */
export function existenceSentence(existence: Exclude<MinimiserExistence, { kind: 'noPoints' | 'unknown' }>, separation: Separation | null, l2: string): string {
  if (existence.kind === 'none') {
    return `J has no minimiser: ${noMinimiserCause(existence.reason, existence.emptyClass)}. ‖θ‖ grows for as long as training runs, and a small gradient is not convergence.`;
  }
  switch (existence.minimisers) {
    case 'unique':
      // `separation` is null while it is being found: only what holds either way is said.
      if (separation === null) return `λ = ${l2} on every entry gives J exactly one minimiser, so θ stays finite.`;
      return separation !== 'overlapping'
        ? `Without L2, J would have no minimiser; λ = ${l2} on every entry gives it exactly one, so θ stays finite.`
        : 'J has exactly one minimiser in these parameters.';
    case 'biasShift':
      return `With λ = ${l2} on the weights only, J’s minimisers form a line: one θ* and every θ* with the same number added to every bias.`;
    case 'rowShift':
      return 'J has a minimiser, and θ* + c (the same c added to every row) is one too: they form a 3-dimensional set.';
  }
}

/**
 * The cause, as a clause the messages and panels share ("…: J has no minimiser"). Classes are numbered from 0,
 * as the legend shows them.
 */
export function noMinimiserCause(reason: NoMinimiserReason, emptyClass: number | null): string {
  switch (reason) {
    case 'completelySeparable':
      return 'the data are completely separable and λ = 0: some θ classifies every point correctly with a positive margin, and J → 0 along it without reaching 0';
    case 'quasiCompletelySeparated':
      return 'the data are quasi-completely separated and λ = 0: some θ classifies every point correctly or puts it on a boundary, at least one correctly, and J keeps falling along it without reaching its lowest value';
    case 'emptyClass':
      return `class ${emptyClass === null ? '' : `${emptyClass} `}has no points and its bias is not penalised: lowering that bias lowers J for ever`;
  }
}
