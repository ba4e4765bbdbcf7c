import type { KeyboardEvent } from 'react';

/** Props of a focusable mark's <g>: a link when it can be selected, otherwise an image with a label. */
export interface MarkGroupProps {
  className: string;
  tabIndex: 0;
  role: 'link' | 'img';
  'aria-label': string;
  onClick?: () => void;
  onKeyDown?: (event: KeyboardEvent<SVGGElement>) => void;
}

/**
 * Every mark is in the tab order so its label is announced; only selectable marks are links.
 * Enter is what links answer to; Space is accepted too because users try it on SVG "buttons".
 */
export function markProps(
  ariaLabel: string,
  selectKey: string,
  onSelect: ((key: string) => void) | undefined,
  selectable = true,
): MarkGroupProps {
  if (!onSelect || !selectable) {
    return { className: 'chart-mark', tabIndex: 0, role: 'img', 'aria-label': ariaLabel };
  }
  return {
    className: 'chart-mark chart-mark--link',
    tabIndex: 0,
    role: 'link',
    'aria-label': ariaLabel,
    onClick: () => onSelect(selectKey),
    onKeyDown: (event) => {
      if (event.key === 'Enter' || event.key === ' ' || event.key === 'Spacebar') {
        event.preventDefault();
        onSelect(selectKey);
      }
    },
  };
}
