import { collectLessons } from './collectLessons';
import type { Lesson } from './lesson';

/** Every lesson file of this folder (lessonNN….ts), loaded with the lessons chunk. */
const lessonModules = import.meta.glob<Record<string, unknown>>(['./lesson[0-9]*.ts', '!./*.test.ts'], { eager: true });

/** Every lesson, in order: lessons[i].number is i + 1 (the unit test checks there is no gap). */
export const lessons: readonly Lesson[] = collectLessons(lessonModules);

/** The lesson a link or a button names (counted from 1), or null when there is none by that number. */
export function lessonByNumber(number: number): Lesson | null {
  return lessons[number - 1] ?? null;
}
