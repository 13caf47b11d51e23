/** What Show QR offers: the current link, and a shorter one for when the current link is too long for a code. */
export interface QrLinks {
  /** The link Share gives: this lesson and this state, hand-drawn points included. */
  readonly current: string;
  /** The open lesson with its own setup and no hand-drawn points (or the app's start when no lesson is open). */
  readonly short: { readonly link: string; readonly name: string };
}
