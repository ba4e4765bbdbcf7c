import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { FormAlert } from '../components/FormAlert';
import { SavingForm, SubmitButton, useSaving } from '../components/SavingForm';
import { TextAreaField } from '../components/TextField';
import { formatDate } from '../format';
import { useLanguage } from '../i18n/LanguageContext';
import { useDraft } from '../session/drafts';
import { errorText } from '../session/errors';
import { canManageData } from '../session/roles';
import { useSession } from '../session/SessionContext';
import { AddNoteMutation, DeleteNoteMutation, NotesQuery } from './steeringQueries';

/**
 * "Rode draden": signals and trends beside a view or a theme (target "casuistiek", "financien",
 * "theme:<code>"). Everyone reads them; ZVH and the beheerder add and delete. With a peildatum,
 * the notes of that count date and those without one.
 */
export function NotesPanel({
  target,
  peildatum = null,
  level = 2,
  className,
}: {
  target: string;
  peildatum?: string | null;
  level?: 2 | 3 | 4;
  className?: string;
}) {
  const { t, lang } = useLanguage();
  const { user } = useSession();
  const manage = canManageData(user.role);
  const titleId = useId();
  const result = useQuery(NotesQuery, { variables: { target } });
  const [addNote] = useMutation(AddNoteMutation);
  const [deleteNote] = useMutation(DeleteNoteMutation);
  // What is typed survives an expired session (kept per user, view and count date).
  const draft = useDraft(`note:${target}:${peildatum ?? ''}`, '');
  const text = draft.value;
  const adding = useSaving();
  const deleting = useSaving();
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [confirming, setConfirming] = useState<string | null>(null);
  const Heading = `h${level}` as 'h2' | 'h3' | 'h4';
  const notes = (result.data?.notes ?? []).filter((n) => n.target === target && (!peildatum || !n.peildatum || n.peildatum === peildatum));

  async function add() {
    setError(null);
    setStatus('');
    if (!text.trim()) {
      setError(t('errNoteText'));
      return;
    }
    const saved = await adding.save(async () => {
      await addNote({ variables: { input: { target, peildatum: peildatum || null, text: text.trim() } } });
    });
    if (!saved) return;
    draft.clear();
    setStatus(t('doneNoteAdded'));
    await result.refetch().catch(() => undefined); // the note is saved; a failed refresh shows it next time
  }

  async function remove(id: string) {
    setError(null);
    setStatus('');
    const removed = await deleting.save(async () => {
      await deleteNote({ variables: { id } });
    });
    if (!removed) return;
    setConfirming(null);
    setStatus(t('doneNoteDeleted'));
    await result.refetch().catch(() => undefined);
  }

  const failure = error ?? adding.failure ?? deleting.failure;

  return (
    <section className={`zv-notes ${className ?? ''}`} aria-labelledby={titleId}>
      <Heading id={titleId} className={`utrecht-heading-${level} zv-notes__title`}>
        {t('notesTitle')}
        {peildatum ? <span className="zv-notes__for"> {t('notesFor', { date: formatDate(peildatum, lang) })}</span> : null}
      </Heading>
      {result.error && !result.data ? (
        <p className="utrecht-paragraph">{t('errorServer', { message: errorText(result.error, t, lang) })}</p>
      ) : notes.length === 0 ? (
        <p className="utrecht-paragraph zv-notes__empty">{result.loading ? t('loading') : t('notesEmpty')}</p>
      ) : (
        <ul className="zv-notes__list">
          {notes.map((note) => {
            const author = note.author ?? t('unknownAuthor');
            return (
              <li key={note.id} className="zv-notes__item">
                <p className="zv-notes__text">{note.text}</p>
                <p className="zv-notes__meta">
                  {t('noteBy', { author, date: formatDate(note.createdAt.slice(0, 10), lang) })}
                  {note.peildatum && !peildatum ? ` · ${t('peildatum')}: ${formatDate(note.peildatum, lang)}` : ''}
                </p>
                {manage ? (
                  confirming === note.id ? (
                    <div className="zv-panel" role="group" aria-label={t('noteConfirmDelete')}>
                      <p className="zv-panel__label">{t('noteConfirmDelete')}</p>
                      <div className="zv-form__actions">
                        <button
                          type="button"
                          className="utrecht-button utrecht-button--primary-action utrecht-button--danger"
                          aria-disabled={deleting.busy ? true : undefined}
                          onClick={() => void remove(note.id)}
                        >
                          {deleting.busy ? t('busyDeleting') : t('goalConfirmYesDelete')}
                        </button>
                        <button
                          type="button"
                          className="utrecht-button utrecht-button--secondary-action"
                          onClick={() => setConfirming(null)}
                        >
                          {t('cancel')}
                        </button>
                      </div>
                    </div>
                  ) : (
                    <button
                      type="button"
                      className="utrecht-button utrecht-button--subtle zv-notes__delete"
                      aria-label={t('noteDeleteAria', { author })}
                      onClick={() => setConfirming(note.id)}
                    >
                      {t('noteDelete')}
                    </button>
                  )
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      {manage ? (
        <SavingForm busy={adding.busy} className="zv-form zv-notes__form" onSubmit={add}>
          {draft.restored ? (
            <p className="utrecht-paragraph zv-notice" role="status">
              {t('draftRestoredNote')}
            </p>
          ) : null}
          <TextAreaField label={t('noteText')} value={text} onChange={draft.update} error={error} className="zv-notes__textarea" />
          <FormAlert messages={failure ? [failure] : []} />
          <div className="zv-form__actions">
            <SubmitButton label={t('noteAdd')} busyLabel="busyAdding" variant="secondary" />
          </div>
        </SavingForm>
      ) : null}
      <p role="status" className="zv-status-message">
        {status}
      </p>
    </section>
  );
}
