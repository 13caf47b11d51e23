/** The ranges of the settings: the schema checks them and the number fields take their bounds from here. */

/** A class of 10,000 points still plays smoothly (a frame stops at its time budget); more would teach nothing more. */
export const MAX_POINTS = 10_000;
export const MAX_NOISE = 5;
/** The field's log slider ends here too. */
export const MAX_STEPS_PER_FRAME = 1000;
/**
 * The largest init scale σ. exp(−gap) underflows to 0 in float64 beyond a logit gap of ≈ 745, so a large σ makes
 * probabilities exactly 0 or 1, where steps barely move J. Measured on the presets (coordinates up to about 7):
 * at σ = 100 a quarter to a half of the starting probabilities are already exactly 0 or 1 and Newton still
 * converges on most; at σ = 300 more than half are, and Newton stalls on blobs; at σ = 1000 nearly all are, and
 * it stalls on every preset (σ = 1e300 once sat 1,080 steps at J ≈ 2.7e300). Larger starts teach nothing more.
 */
export const MAX_INIT_SCALE = 100;
