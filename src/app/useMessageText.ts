import { useEffect, useState } from 'react';
import type { RunReport } from '../store/runMessages';
import type { LabMessage } from '../store/runState';

type Wording = (report: RunReport) => string;

/** What the status line can show now: the message's sentence, nothing while its wording loads, or why it cannot. */
export type MessageText = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'pending' } | { readonly kind: 'none' };

/**
 * The sentence for the lab's message. A refusal arrives worded; a report of the run is worded by runMessages.ts,
 * which is not in the start bundle: it loads when training starts (`wanted`: so the sentence is there by the time
 * the run has something to say) or when a report first needs it. Until then the message is pending and no text is
 * shown; if the wording cannot load (a deploy replaced the files), the line says so and asks for a reload.
 */
export function useMessageText(message: LabMessage | null, wanted: boolean): MessageText {
  // Kept in the component that shows the messages, which lives as long as the page: once loaded, every later
  // report is worded in the same render.
  const [wording, setWording] = useState<Wording | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const report = message !== null && typeof message !== 'string' ? message : null;
  const needed = wording === null && (report !== null || wanted);
  useEffect(() => {
    if (!needed) return;
    let current = true;
    import('../store/runMessages').then(
      (module) => {
        if (current) setWording(() => module.runReportText);
      },
      (error: unknown) => {
        if (current) setFailure(error instanceof Error ? error.message : String(error));
      },
    );
    return () => {
      current = false;
    };
  }, [needed]);
  if (message === null) return { kind: 'none' };
  if (typeof message === 'string') return { kind: 'text', text: message };
  if (wording !== null) return { kind: 'text', text: wording(message) };
  if (failure !== null) return { kind: 'text', text: `The run has a message, but its wording could not be loaded (${failure}). Reload the page to read it.` };
  return { kind: 'pending' };
}
