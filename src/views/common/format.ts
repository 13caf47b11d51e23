/** A number for a table cell: fixed for ordinary magnitudes, exponential for tiny or huge ones. */
export function formatNumber(value: number, digits = 3): string {
  if (Number.isNaN(value)) return '—';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (magnitude >= 1e4 || magnitude < 1e-3) return value.toExponential(digits - 1).replace('-', '−');
  return value.toFixed(digits).replace('-', '−');
}
