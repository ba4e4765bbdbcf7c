import { useCallback, useEffect, useRef, useState } from 'react';
import { useSession } from './SessionContext';

/**
 * What someone typed but did not send yet (a note, a status change, a goal), kept in this tab's
 * sessionStorage so that it survives a session that expires while they type: after logging in
 * again the form has it back. A draft belongs to one user (the key holds the username) and one
 * form; it is removed when it is saved, when the form is cancelled, and at logout. Passwords are
 * never kept.
 */
const PREFIX = 'zv-draft:';

const keyOf = (username: string, form: string) => `${PREFIX}${encodeURIComponent(username)}:${form}`;

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    return null; // storage switched off: drafts are simply not kept
  }
}

export function readDraft(username: string, form: string): unknown {
  const text = storage()?.getItem(keyOf(username, form));
  if (text == null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

export function hasDraft(username: string, form: string): boolean {
  return readDraft(username, form) !== null;
}

function writeDraft(username: string, form: string, value: unknown): void {
  try {
    if (value === null) storage()?.removeItem(keyOf(username, form));
    else storage()?.setItem(keyOf(username, form), JSON.stringify(value));
  } catch {
    // Full or refused storage: the form still works, only the draft is not kept.
  }
}

/** Removes drafts: all of them (logout), or all but those of `keep` (another user logged in). */
export function forgetDrafts(keep?: string): void {
  const store = storage();
  if (!store) return;
  const mine = keep === undefined ? null : `${PREFIX}${encodeURIComponent(keep)}:`;
  const keys = Array.from({ length: store.length }, (_, i) => store.key(i)).filter((k): k is string => k !== null);
  for (const key of keys) {
    if (key.startsWith(PREFIX) && !(mine && key.startsWith(mine))) store.removeItem(key);
  }
}

/** The stored draft as the form's value: the same kind of thing as `initial`, or null. */
function restore<T>(stored: unknown, initial: T): T | null {
  if (stored === null || typeof stored !== typeof initial) return null;
  if (typeof initial === 'object' && initial !== null) {
    if (Array.isArray(stored) || typeof stored !== 'object') return null;
    return { ...initial, ...(stored as Partial<T>) };
  }
  return stored as T;
}

export interface Draft<T> {
  value: T;
  /** Sets the value and keeps it as the draft (no draft when it equals the initial value). */
  update: (next: T | ((current: T) => T)) => void;
  /** Whether the value came back from a kept draft (the form says so). */
  restored: boolean;
  /** After a save or a cancel: back to `initial`, the draft removed. */
  clear: () => void;
}

/**
 * A form's value, kept as a draft under `form` for the logged-in user. The draft is read after
 * the first render (the server-rendered page knows no drafts), so hydration is not disturbed.
 */
export function useDraft<T>(form: string, initial: T): Draft<T> {
  const { user } = useSession();
  const username = user.username;
  const [value, setValue] = useState<T>(initial);
  const [restored, setRestored] = useState(false);
  const initialRef = useRef(initial);
  initialRef.current = initial;

  useEffect(() => {
    const found = restore(readDraft(username, form), initialRef.current);
    if (found === null) return;
    setValue(found);
    setRestored(true);
  }, [username, form]);

  const update = useCallback(
    (next: T | ((current: T) => T)) => {
      setValue((current) => {
        const value = typeof next === 'function' ? (next as (current: T) => T)(current) : next;
        const same = JSON.stringify(value) === JSON.stringify(initialRef.current);
        writeDraft(username, form, same ? null : value);
        return value;
      });
    },
    [username, form],
  );

  const clear = useCallback(() => {
    writeDraft(username, form, null);
    setValue(initialRef.current);
    setRestored(false);
  }, [username, form]);

  return { value, update, restored, clear };
}
