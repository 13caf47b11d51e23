import { describe, expect, it } from 'vitest';
import { SESSION_KEY } from './savedSession';
import { startupState } from './startup';

const storageWith = (value: string | null, throws = false): Storage =>
  ({
    getItem: () => {
      if (throws) throw new DOMException('denied', 'SecurityError');
      return value;
    },
    setItem: () => undefined,
    removeItem: () => undefined,
  }) as unknown as Storage;

describe('how the app starts', () => {
  it('the address wins over the saved session', async () => {
    const start = await startupState('?v=1&l2=0.5', storageWith('v=1&l2=0.25'));
    expect(start.source).toBe('address');
    expect(start.lab.model!.l2).toBe(0.5);
  });

  it('without settings in the address, the saved session comes back', async () => {
    const start = await startupState('', storageWith('v=1&l2=0.25'));
    expect(start.source).toBe('session');
    expect(start.lab.model!.l2).toBe(0.25);
  });

  it('a corrupt session falls back field by field with notices saying so; a throwing storage gives the defaults', async () => {
    const corrupt = await startupState('', storageWith('v=1&l2=banana&seed=7'));
    expect(corrupt.lab.dataset!.seed).toBe(7);
    expect(corrupt.notices[0]).toMatch(/^Your last session: l2=“banana”/);
    expect((await startupState('', storageWith(null, true))).source).toBe('defaults');
  });

  it('an embed shows its author’s link, never a visitor’s saved session', async () => {
    const start = await startupState('?embed=1', storageWith('v=1&l2=0.25'));
    expect(start.source).toBe('defaults');
    expect(start.embed).not.toBeNull();
    expect(SESSION_KEY).toBe('softmax-lab/session');
  });
});
