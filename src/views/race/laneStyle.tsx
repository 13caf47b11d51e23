/**
 * How each lane is drawn on the shared loss chart and marked in the table: a colour and a dash pattern, so that
 * lanes stay apart in greyscale and for colour-blind readers. The colours avoid the class palette's hues,
 * which the decision-region plots use.
 */
export const LANE_STYLES = [
  { color: '#1b1f24', dash: undefined },
  { color: '#7b3294', dash: '8 4' },
  { color: '#a6611a', dash: '2 3' },
  { color: '#c51b7d', dash: '10 3 2 3' },
] as const;

export function laneStyle(index: number): (typeof LANE_STYLES)[number] {
  return LANE_STYLES[index % LANE_STYLES.length];
}

/** "Lane 2": the prefix of every control that belongs to the lane. */
export function laneName(index: number): string {
  return `Lane ${index + 1}`;
}

/** A swatch of the lane's line, for legends and headers. */
export function LaneSwatch({ index }: { index: number }) {
  const { color, dash } = laneStyle(index);
  return (
    <svg className="race-swatch" width="26" height="8" aria-hidden="true">
      <line x1="1" x2="25" y1="4" y2="4" stroke={color} strokeWidth="2.5" strokeDasharray={dash} />
    </svg>
  );
}
