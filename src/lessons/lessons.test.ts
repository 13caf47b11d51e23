import katex from 'katex';
import { describe, expect, test } from 'vitest';
import { labField, MAX_LESSON } from '../store/schema/labFields';
import { accepts } from '../store/schema/settingField';
import { lessonByNumber, lessons } from './index';
import { PANEL_INFO } from './scene';

/** Every piece of TeX a lesson shows: the formula and the inline math of its sentences. */
function texOf(lesson: (typeof lessons)[number]): string[] {
  return [lesson.formula, ...lesson.paragraphs.flatMap((paragraph) => paragraph.split('$').filter((_, i) => i % 2 === 1))];
}

/** Every plain-text piece, where TeX would show raw. */
function plainTextOf(lesson: (typeof lessons)[number]): string[] {
  return [lesson.title, lesson.tryThis, lesson.lookFor, ...lesson.paragraphs.flatMap((paragraph) => paragraph.split('$').filter((_, i) => i % 2 === 0))];
}

describe('the lessons', () => {
  test('are numbered 1, 2, … in order, and found by their number', () => {
    expect(lessons.length).toBeGreaterThanOrEqual(15);
    expect(lessons.map((lesson) => lesson.number)).toEqual(lessons.map((_, i) => i + 1));
    for (const lesson of lessons) expect(lessonByNumber(lesson.number)).toBe(lesson);
    expect(lessonByNumber(0)).toBeNull();
    expect(lessonByNumber(lessons.length + 1)).toBeNull();
  });

  test('a link may name exactly the lessons there are: the schema’s limit is their count, so lesson=16 is refused like 999', () => {
    // The schema cannot count the lessons (they stay out of the start bundle), so it holds the number: this pins it.
    expect(MAX_LESSON).toBe(lessons.length);
    const lesson = labField('lesson');
    for (const number of [0, 1, lessons.length]) expect(accepts(lesson, number), String(number)).toBe(true);
    for (const number of [lessons.length + 1, 20, 999]) expect(accepts(lesson, number), String(number)).toBe(false);
  });

  test.each(lessons.map((lesson) => [lesson.number, lesson] as const))('lesson %i has 2–5 sentences’ paragraphs, closed inline math and TeX that KaTeX parses', (_, lesson) => {
    expect(lesson.paragraphs.length).toBeGreaterThanOrEqual(2);
    expect(lesson.paragraphs.length).toBeLessThanOrEqual(5);
    for (const paragraph of lesson.paragraphs) expect(paragraph.split('$').length % 2, paragraph).toBe(1);
    for (const tex of texOf(lesson)) expect(() => katex.renderToString(tex, { throwOnError: true, strict: 'error' }), tex).not.toThrow();
    for (const text of plainTextOf(lesson)) expect(text, 'TeX outside $…$').not.toMatch(/[\\^_{}]/);
    // A TeX command in a plain (not String.raw) string loses its backslash: "\theta" becomes a tab and "heta".
    for (const text of [...texOf(lesson), ...plainTextOf(lesson)]) expect([...text].filter((char) => char.charCodeAt(0) < 0x20), 'control characters').toEqual([]);
  });

  test('a card that says “Press Play” has the Play/Pause button first, and each of its other buttons is named in its “Try this”', () => {
    // Lessons without buttons (11's Play is the race's own, 14's the slow-motion panel's) are left out.
    const pressPlay = lessons.filter((lesson) => lesson.actions.length > 0 && /^Press Play\b/.test(lesson.tryThis));
    expect(pressPlay.map((lesson) => lesson.number)).toEqual([1, 2, 4, 5, 6, 7, 8, 9, 10, 12, 13, 15]);
    expect(pressPlay.filter((lesson) => lesson.actions[0].kind !== 'play').map((lesson) => lesson.number)).toEqual([]);
    const unnamed = lessons.flatMap((lesson) =>
      lesson.actions.flatMap((action) => (action.kind === 'play' || lesson.tryThis.toLowerCase().includes(action.label.toLowerCase()) ? [] : [`${lesson.number}: ${action.label}`])),
    );
    expect(unnamed).toEqual([]);
  });

  test.each(lessons.map((lesson) => [lesson.number, lesson] as const))('lesson %i’s scene shows 1–3 different panels a scene may hold', (_, lesson) => {
    const { panels } = lesson.scene;
    expect(panels.length).toBeGreaterThanOrEqual(1);
    expect(panels.length).toBeLessThanOrEqual(3);
    expect(new Set(panels).size).toBe(panels.length);
    for (const id of panels) expect(PANEL_INFO[id].sceneable, id).toBe(true);
  });
});
