import { runReportText } from '../runMessages';
import type { LabMessage } from '../runState';

/** The lab's message as the status line words it (a report through runMessages.ts), for tests that read it. */
export function messageText(message: LabMessage | null): string | null {
  if (message === null || typeof message === 'string') return message;
  return runReportText(message);
}
