// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { makeState, mountForTest } from './sidebar-fixtures';
import { errorParts } from '../../src/ui/sidebar/components/StateMessage';

afterEach(() => {
  document.body.textContent = '';
});

describe('the error state', () => {
  it('heads with what failed and says why below, not the same words twice', async () => {
    const m = await mountForTest(
      makeState({
        phase: 'error',
        article: null,
        analysis: null,
        message: 'Gloss could not analyse this article: out of memory',
      }),
    );
    expect(m.$('.gl-error h2')!.textContent).toBe('Gloss could not analyse this article');
    expect(m.$('.gl-error-message')!.textContent).toBe('Out of memory.');
    expect(m.$('.gl-error')!.textContent!.match(/Gloss could not/g)).toHaveLength(1);
    m.cleanup();
  });

  it('keeps a message of another form whole, under the general heading', () => {
    expect(errorParts('The page changed while Gloss was reading it.')).toEqual({
      heading: 'Gloss could not read this page',
      detail: 'The page changed while Gloss was reading it.',
    });
    expect(errorParts(null).detail).toBe('Something went wrong.');
    expect(errorParts('Gloss could not read this page: Permission denied.')).toEqual({
      heading: 'Gloss could not read this page',
      detail: 'Permission denied.',
    });
  });
});
