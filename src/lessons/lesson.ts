import type { LabSettings } from '../store/settings';
import type { Scene } from './scene';

/**
 * One lesson card: one claim about softmax regression, said in plain sentences, written as a formula, set up on
 * the live app and checked there. Content only: the components that show it live in src/views/lessons.
 * Every sentence and formula must agree with ../shared/notes/teaching-math.md.
 */
export interface Lesson {
  /** Stable, counted from 1: links name lessons by it (`lesson=N`). */
  readonly number: number;
  readonly title: string;
  /** 2–5 plain sentences. Math inline as TeX between single dollar signs: "the logits $z_k$". */
  readonly paragraphs: readonly string[];
  /** The lesson's formula in TeX (display style). */
  readonly formula: string;
  /**
   * The state "Set it up" loads: a partial change of the lab settings, checked by the same schema as a link
   * (src/share/settingsPatch.ts), then applied whole. Training is reset to step 0 after it.
   */
  readonly setup: LessonSetup;
  /** What to try, as imperative sentences ("Press Shift all classes."); each step names its button. */
  readonly tryThis: string;
  /**
   * The buttons that do "Try this" on the live app, in the order the sentence names them; none when the action is
   * the user's own (the race's own Play).
   */
  readonly actions: readonly LessonAction[];
  /** What to look for once it is done. */
  readonly lookFor: string;
  /** A formula filled with live numbers of the current model, shown under the lesson's formula. */
  readonly live?: LiveFormula;
  /** The panels (main one first) and controls that show the claim: beside the card in the lab, the read view, presentation and an embed. */
  readonly scene: Scene;
}

/**
 * The live formulas a card can show. 'softmax': one point's logits, exp(z_k − max z) and P(y=k|x);
 * 'sigmoid': one point's θ_1·x̃, σ of it and the softmax P(y=1|x) beside it.
 */
export type LiveFormula = 'softmax' | 'sigmoid';

/**
 * A "Try this" action; `label` names its button. 'play' is Play/Pause, like the Training panel's button: its name
 * says what it will do, so a student can pause from the card.
 */
export type LessonAction =
  | { readonly kind: 'play' }
  | { readonly kind: 'shift'; readonly label: string; readonly by: readonly [number, number, number] }
  /** A settings change (checked like a setup, without a reset), then Play. */
  | { readonly kind: 'change'; readonly label: string; readonly change: LessonSetup };

/** A partial of the lab settings (groups may be partial too); `points` replaces the points when given. */
export type LessonSetup = {
  readonly [Group in keyof LabSettings]?: LabSettings[Group] extends object ? Partial<LabSettings[Group]> | LabSettings[Group] : LabSettings[Group];
};
