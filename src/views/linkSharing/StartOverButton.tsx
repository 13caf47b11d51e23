import { useState } from 'react';

/** Back to the default lab, forgetting the saved session; asks once, since hand-drawn points would be lost. */
export function StartOverButton({ onStartOver }: { onStartOver: () => void }) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" onClick={() => setAsking(true)}>
        Start over
      </button>
    );
  }
  return (
    <span role="group" aria-label="Start over?" className="start-over">
      <span>Forget your points and settings?</span>
      <button
        type="button"
        onClick={() => {
          setAsking(false);
          onStartOver();
        }}
      >
        Yes, start over
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        Cancel
      </button>
    </span>
  );
}
