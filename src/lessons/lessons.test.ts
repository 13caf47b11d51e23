import katex from 'katex';
import { describe, expect, test } from 'vitest';
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

  test.each(lessons.map((lesson) => [lesson.number, lesson] as const))('lesson %i has 2–5 sentences’ paragraphs, closed inline math and TeX that KaTeX parses', (_, lesson) => {
    expect(lesson.paragraphs.length).toBeGreaterThanOrEqual(2);
    expect(lesson.paragraphs.length).toBeLessThanOrEqual(5);
    for (const paragraph of lesson.paragraphs) expect(paragraph.split('$').length % 2, paragraph).toBe(1);
    for (const tex of texOf(lesson)) expect(() => katex.renderToString(tex, { throwOnError: true, strict: 'error' }), tex).not.toThrow();
    for (const text of plainTextOf(lesson)) expect(text, 'TeX outside $…$').not.toMatch(/[\\^_{}]/);
  });

  test.each(lessons.map((lesson) => [lesson.number, lesson] as const))('lesson %i’s scene shows 1–3 different panels a scene may hold', (_, lesson) => {
    const { panels } = lesson.scene;
    expect(panels.length).toBeGreaterThanOrEqual(1);
    expect(panels.length).toBeLessThanOrEqual(3);
    expect(new Set(panels).size).toBe(panels.length);
    for (const id of panels) expect(PANEL_INFO[id].sceneable, id).toBe(true);
  });
});
