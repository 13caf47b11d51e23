import type { Lesson } from './lesson';

/**
 * The lessons exported by a set of lesson modules (each file exports one `Lesson`), ordered by number. Lets a
 * new lesson be added by adding its file only: the app collects the files with Vite's import.meta.glob, the
 * end-to-end tests by reading the folder.
 */
export function collectLessons(modules: Readonly<Record<string, Readonly<Record<string, unknown>>>>): readonly Lesson[] {
  return Object.values(modules)
    .flatMap((exports) => Object.values(exports).filter(isLesson))
    .sort((a, b) => a.number - b.number);
}

function isLesson(value: unknown): value is Lesson {
  return typeof value === 'object' && value !== null && typeof (value as Lesson).number === 'number' && typeof (value as Lesson).title === 'string' && 'scene' in value;
}
