import type { MinimiserExistence, Minimisers, NoMinimiserReason } from './minimiserExistence';
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
 * What that means for J under the current objective (teaching-math §2, §5, §6): no minimiser and why; or how many.
 * `l2` is λ, shown as the user typed it; `separation` is null while it is being found.
 */
export function existenceSentence(existence: Exclude<MinimiserExistence, { kind: 'noPoints' | 'unknown' }>, separation: Separation | null, l2: string): string {
  if (existence.kind === 'none') {
    return `J has no minimiser: ${noMinimiserCause(existence.reason, existence.emptyClass)}. ‖θ‖ grows for as long as training runs, and a small gradient is not convergence.`;
  }
  // `separation` is null while it is being found (only with λ > 0): only what holds either way is said.
  const separated = separation !== null && separation !== 'overlapping';
  switch (existence.minimisers) {
    case 'unique':
      return uniqueSentence(existence.heldBy, separation, separated, l2);
    case 'biasShift':
      return `With λ = ${l2} on the weights only, J’s minimisers form a line: one θ* and every θ* with the same number added to every bias.`;
    case 'flat':
      return flatSentence(existence);
  }
}

function uniqueSentence(heldBy: Extract<Minimisers, { minimisers: 'unique' }>['heldBy'], separation: Separation | null, separated: boolean, l2: string): string {
  switch (heldBy) {
    case 'l2':
      if (separation === 'overlapping') return 'J has exactly one minimiser in these parameters.';
      return separated
        ? `Without L2, J would have no minimiser; λ = ${l2} on every entry gives it exactly one, a finite θ*.`
        : `λ = ${l2} on every entry gives J exactly one minimiser, a finite θ*.`;
    case 'referenceAndWeights': {
      // The biases are free and not penalised: the points of every class hold them, and the fixed row the shift.
      const why = `λ = ${l2} holds the weights, a point in every class holds the biases (not penalised), and the fixed row leaves no shift.`;
      return separated ? `Without L2, J would have no minimiser; here it has exactly one, a finite θ*: ${why}` : `J has exactly one minimiser, a finite θ*: ${why}`;
    }
    case 'reference':
      return 'J has exactly one minimiser in these parameters.';
  }
}

/** λ = 0: the shift of every row (full model), and each row's own move where the x̃ do not span R³. */
function flatSentence({ parametrization, span, dimension }: Extract<Minimisers, { minimisers: 'flat' }>): string {
  if (span === 3) return `J has a minimiser, and θ* + c (the same c added to every row) is one too: they form a ${dimension}-dimensional set.`;
  const where = span === 2 ? 'all lie on one line' : 'are all at one place';
  const along = span === 2 ? 'along the direction u with u·x̃ = 0 at every point' : 'in the plane of directions u with u·x̃ = 0 at every point';
  const rows = parametrization === 'full' ? 'besides θ* + c (the same c added to every row), each row can move on its own' : 'each free row can move on its own';
  return `J has a minimiser, but not just one: the points ${where}, so ${rows} ${along} without changing any probability. J’s minimisers form a ${dimension}-dimensional set.`;
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
    case 'emptyReferenceClass':
      return `class ${emptyClass === null ? '' : `${emptyClass} `}has no points and is the reference class, fixed at 0: raising every other class’s bias together lowers J for ever`;
  }
}
