// Placeholder until the race view is built.
export function RaceView() {
  return <p>Race mode is coming soon.</p>;
}
