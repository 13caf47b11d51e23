import { MAX_CLASSES, MIN_CLASSES } from '../dataset';

// Generator settings may come straight from a URL, so nonsense is rejected here rather than drawn from.

export function requireClassCount(classes: number): void {
  if (!Number.isInteger(classes) || classes < MIN_CLASSES || classes > MAX_CLASSES) {
    throw new RangeError(`classes must be an integer from ${MIN_CLASSES} to ${MAX_CLASSES}, got ${classes}`);
  }
}

export function requirePointCount(count: number): void {
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(`count must be a non-negative integer, got ${count}`);
  }
}

export function requireNonNegative(name: string, value: number): void {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`${name} must be a finite non-negative number, got ${value}`);
  }
}
