import { useCallback } from 'react';
import { useSearchParams } from 'wouter';

/**
 * A filter that lives in the URL (?peildatum=…, ?maat=…, ?jaar=…), so a link can be shared and
 * the back button restores it. Setting a filter pushes a history entry; the default is left out.
 */
export function useUrlParam(name: string, fallback = ''): [string, (value: string) => void] {
  const [params, setParams] = useSearchParams();
  const value = params.get(name) ?? fallback;
  const setValue = useCallback(
    (next: string) => {
      setParams((current) => {
        const updated = new URLSearchParams(current);
        if (next === '' || next === fallback) updated.delete(name);
        else updated.set(name, next);
        return updated;
      });
    },
    [name, fallback, setParams],
  );
  return [value, setValue];
}
