import { useId } from 'react';

/**
 * A per-instance id prefix for <pattern>/<clipPath> ids. React's ids contain characters (":", "«")
 * that break `url(#…)` references, so only letters, digits, "-" and "_" are kept.
 */
export function useSvgId(name: string): string {
  const id = useId().replace(/[^A-Za-z0-9_-]/g, '');
  return `${name}-${id}`;
}
