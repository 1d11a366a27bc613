import { describe, expect, it } from 'vitest';
import { hasFlag, withoutFlags } from '../../src/ui/sidebar/flags';

describe('flag emoji where they cannot be drawn', () => {
  it('leaves out each flag and the space before it, nothing else', () => {
    expect(withoutFlags('\u{1F1FB}\u{1F1EA} Venezuela: a country in South America.')).toBe(
      'Venezuela: a country in South America.',
    );
    expect(withoutFlags('Caracas: the capital of Venezuela \u{1F1FB}\u{1F1EA}.')).toBe(
      'Caracas: the capital of Venezuela.',
    );
    expect(withoutFlags('Between \u{1F1EB}\u{1F1F7} and \u{1F1E9}\u{1F1EA} here')).toBe('Between and here');
    expect(withoutFlags('No flag: 🙂 stays.')).toBe('No flag: 🙂 stays.');
    expect(hasFlag('Venezuela \u{1F1FB}\u{1F1EA}')).toBe(true);
    expect(hasFlag('Venezuela')).toBe(false);
  });
});
