import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../src/ui/sidebar/styles/contrast';
import { DARK, LIGHT, TEXT_PAIRS, UI_PAIRS } from '../../src/core/style/theme';
import { SIDEBAR_CSS } from '../../src/ui/sidebar/styles/sidebar-css';

describe('contrast math', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    // #767676 on white is the classic 4.54:1 AA boundary grey.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
  });
});

describe.each([
  ['light', LIGHT],
  ['dark', DARK],
])('%s theme', (_name, theme) => {
  it.each(TEXT_PAIRS.map(([fg, bg]) => [fg, bg] as const))('text %s on %s reaches WCAG AA (4.5:1)', (fg, bg) => {
    expect(contrastRatio(theme[fg], theme[bg])).toBeGreaterThanOrEqual(4.5);
  });
  it.each(UI_PAIRS.map(([fg, bg]) => [fg, bg] as const))('UI %s on %s reaches 3:1', (fg, bg) => {
    expect(contrastRatio(theme[fg], theme[bg])).toBeGreaterThanOrEqual(3);
  });
});

describe('stylesheet', () => {
  it('defines the shared custom properties for both themes, dark under prefers-color-scheme', () => {
    for (const v of ['--gl-fg', '--gl-bg', '--gl-muted', '--gl-accent', '--gl-border'])
      expect(SIDEBAR_CSS).toContain(`${v}:`);
    const dark = SIDEBAR_CSS.slice(SIDEBAR_CSS.indexOf('@media (prefers-color-scheme: dark)'));
    expect(dark).toContain(`--gl-bg: ${DARK.bg}`);
    expect(SIDEBAR_CSS).toContain(`--gl-bg: ${LIGHT.bg}`);
  });
  it('uses only theme variables for colours inside the sidebar (no stray hex colours)', () => {
    const body = SIDEBAR_CSS.replace(/--gl-[\w-]+:\s*#[0-9a-f]{6};/gi, '');
    expect(body.match(/#[0-9a-f]{3,8}\b/gi) ?? []).toEqual([]);
  });
});
