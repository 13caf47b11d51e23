import { lesson01 } from './lesson01ScoresToProbabilities';
import { lesson02 } from './lesson02TheLoss';
import { lesson03 } from './lesson03InfinitelyManyOptima';
import { lesson04 } from './lesson04GradientsSumToZero';
import { lesson05 } from './lesson05SingularHessian';
import { lesson06 } from './lesson06ReferenceClass';
import { lesson07 } from './lesson07TwoClasses';
import { lesson08 } from './lesson08SeparableData';
import { lesson09 } from './lesson09L2RedundantDirection';
import { lesson10 } from './lesson10NumericalStability';
import { lesson11 } from './lesson11OverParameterisation';
import { lesson12 } from './lesson12MaxMargin';
import { lesson13 } from './lesson13StableStep';
import { lesson14 } from './lesson14SlowMotionStep';
import { lesson15 } from './lesson15CodeExport';
import type { Lesson } from './lesson';

/** Every lesson, in order: lessons[i].number is i + 1. */
export const lessons: readonly Lesson[] = [lesson01, lesson02, lesson03, lesson04, lesson05, lesson06, lesson07, lesson08, lesson09, lesson10, lesson11, lesson12, lesson13, lesson14, lesson15];

/** The lesson a link or a button names (counted from 1), or null when there is none by that number. */
export function lessonByNumber(number: number): Lesson | null {
  return lessons[number - 1] ?? null;
}
