import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { EMBED_CONTROLS, EMBED_PANELS, readEmbedOptions } from './embedOptions';
import { embedAddress, iframeSnippet, lessonEmbedAddress } from './embedSnippet';

describe('the embed snippet', () => {
  it('adds the embed options to the app link and quotes the address as an attribute', () => {
    const address = embedAddress('https://example.org/ml/softmax/?v=1&lr=0.3', { panels: ['regions', 'surface'], controls: ['play', 'lr'], autoplay: true });
    expect(address).toBe('https://example.org/ml/softmax/?v=1&lr=0.3&embed=1&panels=regions%2Csurface&controls=play%2Clr&autoplay=1');
    expect(iframeSnippet(address, 480)).toBe(
      '<iframe src="https://example.org/ml/softmax/?v=1&amp;lr=0.3&amp;embed=1&amp;panels=regions%2Csurface&amp;controls=play%2Clr&amp;autoplay=1" ' +
        'title="Softmax Lab" width="100%" height="480" style="border: 0; max-width: 100%;" loading="lazy"></iframe>',
    );
  });

  it('leaves the open lesson out of a panels embed, and a lesson embed names only its lesson', () => {
    expect(embedAddress('https://example.org/s/?lesson=4&lr=0.3', { panels: ['regions'], controls: ['play'], autoplay: false })).toBe(
      'https://example.org/s/?lr=0.3&embed=1&panels=regions&controls=play',
    );
    expect(lessonEmbedAddress('https://example.org/s/?lesson=4&lr=0.3#x', 4, false)).toBe('https://example.org/s/?embed=1&lesson=4');
    expect(lessonEmbedAddress('https://example.org/s/', 11, true)).toBe('https://example.org/s/?embed=1&lesson=11&autoplay=1');
  });

  test.prop([fc.subarray([...EMBED_PANELS], { minLength: 1 }), fc.subarray([...EMBED_CONTROLS], { minLength: 1 }), fc.boolean()])(
    'the options read back from the address are the options written',
    (panels, controls, autoplay) => {
      const address = new URL(embedAddress('https://example.org/?v=1', { panels, controls, autoplay }));
      const notices: string[] = [];
      expect(readEmbedOptions(address.searchParams, notices)).toEqual({ panels, controls, autoplay });
      expect(notices).toEqual([]);
    },
  );

  test.prop([fc.string()])('nothing in the address can end the attribute', (text) => {
    const snippet = iframeSnippet(`https://example.org/?q=${text}`, 400);
    expect(snippet.match(/"/g)).toHaveLength(12);
    expect(snippet.match(/</g)).toHaveLength(2);
  });
});
