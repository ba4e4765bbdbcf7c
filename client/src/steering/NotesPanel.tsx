import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { FormAlert } from '../components/FormAlert';
import { formatDate } from '../format';
import { useLanguage } from '../i18n/LanguageContext';
import { actionFailed, errorText } from '../session/errors';
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
  const textId = useId();
  const result = useQuery(NotesQuery, { variables: { target } });
  const [addNote, { loading: adding }] = useMutation(AddNoteMutation);
  const [deleteNote, { loading: deleting }] = useMutation(DeleteNoteMutation);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [confirming, setConfirming] = useState<string | null>(null);
  const Heading = `h${level}` as 'h2' | 'h3' | 'h4';
  const notes = (result.data?.notes ?? []).filter((n) => n.target === target && (!peildatum || !n.peildatum || n.peildatum === peildatum));

  async function add(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setStatus('');
    if (!text.trim()) {
      setError(t('errNoteText'));
      return;
    }
    try {
      await addNote({ variables: { input: { target, peildatum: peildatum || null, text: text.trim() } } });
      await result.refetch();
    } catch (failure) {
      setError(actionFailed(failure, t));
      return;
    }
    setText('');
    setStatus(t('doneNoteAdded'));
  }

  async function remove(id: string) {
    setError(null);
    setStatus('');
    try {
      await deleteNote({ variables: { id } });
      await result.refetch();
    } catch (failure) {
      setError(actionFailed(failure, t));
      return;
    }
    setConfirming(null);
    setStatus(t('doneNoteDeleted'));
  }

  return (
    <section className={`zv-notes ${className ?? ''}`} aria-labelledby={titleId}>
      <Heading id={titleId} className={`utrecht-heading-${level} zv-notes__title`}>
        {t('notesTitle')}
        {peildatum ? <span className="zv-notes__for"> {t('notesFor', { date: formatDate(peildatum, lang) })}</span> : null}
      </Heading>
      {result.error && !result.data ? (
        <p className="utrecht-paragraph">{t('errorServer', { message: errorText(result.error, t) })}</p>
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
                          disabled={deleting}
                          onClick={() => void remove(note.id)}
                        >
                          {t('goalConfirmYesDelete')}
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
        <form className="zv-form zv-notes__form" noValidate onSubmit={(event) => void add(event)}>
          <div className={`utrecht-form-field utrecht-form-field--textarea zv-field${error ? ' utrecht-form-field--invalid' : ''}`}>
            <div className="utrecht-form-field__label">
              <label className="utrecht-form-label" htmlFor={textId}>
                {t('noteText')}
              </label>
            </div>
            <div className="utrecht-form-field__input">
              <textarea
                id={textId}
                className="utrecht-textarea utrecht-textarea--html-textarea zv-notes__textarea"
                rows={3}
                value={text}
                onChange={(event) => setText(event.target.value)}
                aria-invalid={error ? true : undefined}
              />
            </div>
          </div>
          <FormAlert messages={error ? [error] : []} />
          <div className="zv-form__actions">
            <button type="submit" className="utrecht-button utrecht-button--secondary-action" disabled={adding}>
              {t('noteAdd')}
            </button>
          </div>
        </form>
      ) : null}
      <p role="status" className="zv-status-message">
        {status}
      </p>
    </section>
  );
}
