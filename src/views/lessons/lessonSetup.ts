import type { Lesson, LessonAction, LessonSetup } from '../../lessons/lesson';
import { patchSettings } from '../../share/settingsPatch';
import type { AppStore } from '../../store/createAppStore';
import { initialSettings } from '../../store/initialSettings';
import { DEFAULT_DATASET, settingsOf, type LabSettings } from '../../store/settings';

/**
 * The settings a lesson's "Set it up" loads: the defaults with the lesson's points drawn from its data set, its
 * setup on top (checked field by field like a link), on the lab (or the page the setup names), with the lesson
 * open. Starting from the defaults, not the current settings, makes the state exact whatever came before; only
 * the presentation layout is kept, since it is how the room sees the lab, not part of a lesson.
 */
export function lessonSettings(lesson: Lesson, current: LabSettings): { readonly settings: LabSettings; readonly notices: readonly string[] } {
  const drawn = initialSettings({ dataset: { ...DEFAULT_DATASET, ...lesson.setup.dataset } });
  const base: LabSettings = { ...drawn.settings, page: 'lab', view: { ...drawn.settings.view, presentation: current.view.presentation } };
  const { settings, notices } = patchSettings(base, lesson.setup);
  return { settings: { ...settings, lesson: lesson.number }, notices: drawn.message === null ? notices : [drawn.message, ...notices] };
}

/**
 * "Set it up": the lesson's settings as one validated change, then a new run from step 0. `stayOn` keeps that
 * page instead of the setup's (the read view sets lessons up as they scroll by, and must not be sent to the
 * race by lesson 11). Returns the notices of setup values the schema refused (none, as the tests check).
 */
export function setUpLesson(store: AppStore, lesson: Lesson, stayOn?: LabSettings['page']): readonly string[] {
  const { settings, notices } = lessonSettings(lesson, settingsOf(store.getState()));
  store.getState().applySettings(stayOn === undefined ? settings : { ...settings, page: stayOn });
  store.getState().reset();
  return notices;
}

/** A settings change on top of the current settings, checked like a setup; the run goes on from where it is. */
function applyChange(store: AppStore, change: LessonSetup): void {
  store.getState().applySettings(patchSettings(settingsOf(store.getState()), change).settings);
}

/** "Try this": does one of the lesson's actions on the live lab. Play plays or pauses, as the Training panel's button. */
export function performLessonAction(store: AppStore, action: LessonAction): void {
  const state = store.getState();
  if (action.kind === 'play') return state.togglePlay();
  if (action.kind === 'shift') return state.shiftAllClasses(action.by);
  if (action.kind === 'change') applyChange(store, action.change);
  store.getState().play();
}
