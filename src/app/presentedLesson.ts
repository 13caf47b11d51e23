import type { Lesson } from '../lessons/lesson';
import { appLink } from '../share/appLink';
import type { AppStore } from '../store/createAppStore';
import { initialSettings } from '../store/initialSettings';
import { settingsOf } from '../store/settings';
import { lessonSettings, setUpLesson } from '../views/lessons/lessonSetup';
import type { QrLinks } from '../views/qr/qrLinks';

/**
 * Sets a lesson up on the projected screen: its state, on the lab page, so presentation stays on (the race
 * lesson shows its race inside presentation instead of leaving for the race page).
 */
export function presentLesson(store: AppStore, lesson: Lesson): void {
  setUpLesson(store, lesson, 'lab');
}

/**
 * The links Show QR offers: the current one (`current`, as Share gives it), and, for when that is too long, the
 * open lesson as its Set it up loads it in presentation (no hand-drawn points), or the app's start in presentation.
 */
export function presentationQrLinks(store: AppStore, lesson: Lesson | null, current: string, page: Pick<Location, 'origin' | 'pathname'>): QrLinks {
  const now = settingsOf(store.getState());
  if (lesson !== null) {
    const settings = { ...lessonSettings(lesson, now).settings, page: 'lab' as const };
    return { current, short: { link: appLink(page, settings, null), name: `lesson ${lesson.number}` } };
  }
  const start = initialSettings().settings;
  return { current, short: { link: appLink(page, { ...start, view: { ...start.view, presentation: true } }, null), name: 'the app’s start' } };
}
