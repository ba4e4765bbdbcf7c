import { describe, expect, it } from '@jest/globals';
import { keepReferencedProperties } from './unusedCss';

describe('keepReferencedProperties', () => {
  const tokens = `.theme {
  --button-color: var(--action-color);
  --action-color: var(--blue-700);
  --blue-700: #0b5394;
  --unused-color: var(--red-500);
  --red-500: #c00;
}
.other { --only-unused: 1px; }`;

  it('keeps what a user refers to, also through other properties, and drops the rest', () => {
    const kept = keepReferencedProperties(tokens, ['.utrecht-button { color: var(--button-color); }']);
    expect(kept).toContain('--button-color: var(--action-color)');
    expect(kept).toContain('--action-color: var(--blue-700)');
    expect(kept).toContain('--blue-700: #0b5394');
    expect(kept).not.toContain('--unused-color');
    expect(kept).not.toContain('--red-500');
    // A rule left without declarations goes too.
    expect(kept).not.toContain('.other');
  });

  it('counts references in code as well as in CSS (a style set in a component)', () => {
    const kept = keepReferencedProperties(tokens, ["style={{ color: 'var(--red-500)' }}"]);
    expect(kept).toContain('--red-500: #c00');
    expect(kept).not.toContain('--blue-700');
  });
});
