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

/**
 * Several filters that are set together (a filter form's "Filteren"): one history entry for all
 * of them. Values equal to '' are left out of the URL.
 */
export function useUrlParams<K extends string>(names: readonly K[]): [Record<K, string>, (next: Partial<Record<K, string>>) => void] {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(names.map((name) => [name, params.get(name) ?? ''])) as Record<K, string>;
  const setValues = useCallback(
    (next: Partial<Record<K, string>>) => {
      setParams((current) => {
        const updated = new URLSearchParams(current);
        for (const [name, value] of Object.entries(next) as [K, string | undefined][]) {
          if (value === undefined) continue;
          if (value === '') updated.delete(name);
          else updated.set(name, value);
        }
        return updated;
      });
    },
    [setParams],
  );
  return [values, setValues];
}
