import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { FormAlert } from '../components/FormAlert';
import { SavingForm, SubmitButton, useSaving } from '../components/SavingForm';
import { SelectField } from '../components/SelectField';
import { TextAreaField } from '../components/TextField';
import { useLanguage } from '../i18n/LanguageContext';
import type { MessageKey } from '../i18n/messages';
import { hasErrorCode } from '../session/errors';
import { canManageData } from '../session/roles';
import { ownMunicipalityOf, useSession } from '../session/SessionContext';
import {
  countedDomains,
  EXPLANATION_MAX_LENGTH,
  figureName,
  formFigures,
  numberExplanations,
  PER_DOMAIN_FIGURE,
  type Numbered,
} from './explanationModel';
import { ExplanationPlace } from './ExplanationList';
import {
  AddExplanationMutation,
  ExplanationDomainsQuery,
  ExplanationsQuery,
  RemoveExplanationMutation,
  UpdateExplanationMutation,
} from './explanationQueries';

type T = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** What is wrong with a text before it is sent (the server says the same in Dutch). */
function textError(text: string, t: T): string | null {
  const length = [...text.trim()].length;
  if (length === 0) return t('explanationErrEmpty');
  if (length > EXPLANATION_MAX_LENGTH) return t('explanationErrTooLong', { count: length });
  return null;
}

/**
 * The server's refusal in the reader's language where its code says enough (CONFLICT: `conflict`);
 * null: the server's own words, as every other form shows them.
 */
function refusal(error: unknown, t: T, conflict: MessageKey): string | null {
  if (hasErrorCode(error, 'FORBIDDEN')) return t('explanationForbidden');
  if (hasErrorCode(error, 'CONFLICT')) return t(conflict);
  return null;
}

/**
 * The numbered explanations of the figures of one place — the region and every municipality
 * (`municipality` undefined), or one municipality — as listed under its trend chart, with a form
 * to add one and buttons to change or remove one for who may: the ZVH and the beheerder every
 * explanation, a GEMEENTE user those of its own municipality (docs/decisions/0021).
 */
export function ExplanationsPanel({
  municipality,
  countDates,
  municipalities = [],
}: {
  municipality?: { code: string; name: string };
  /** Count dates, oldest first, with their text. */
  countDates: { peildatum: string; label: string }[];
  /** The places a ZVH user may choose in the form (on the region's view). */
  municipalities?: { code: string; name: string }[];
}) {
  const ctx = useLanguage();
  const { t } = ctx;
  const { user } = useSession();
  const own = ownMunicipalityOf(user);
  const manage = canManageData(user.role);
  const mayWrite = manage || (own !== null && own === municipality?.code);
  const titleId = useId();
  const result = useQuery(ExplanationsQuery);
  const numbered = numberExplanations(result.data?.explanations ?? [], municipality?.code);
  const [status, setStatus] = useState('');
  const refresh = () => result.refetch().catch(() => undefined);

  return (
    <section className="zv-explanations" aria-labelledby={titleId}>
      <h2 id={titleId} className="utrecht-heading-2 zv-explanations__title">
        {municipality ? t('explanationsTitleOf', { name: municipality.name }) : t('explanationsTitle')}
      </h2>
      {numbered.length === 0 ? (
        <p className="utrecht-paragraph zv-explanations__empty">{result.loading ? t('loading') : t('explanationsEmpty')}</p>
      ) : (
        <>
          <p className="utrecht-paragraph zv-explanations__intro">{t('explanationsIntro')}</p>
          <ol className="zv-explanations__list">
            {numbered.map((item) => (
              <ExplanationItem
                key={item.explanation.id}
                item={item}
                editable={manage || (own !== null && item.explanation.municipality?.code === own)}
                onDone={(message) => {
                  setStatus(message);
                  void refresh();
                }}
              />
            ))}
          </ol>
        </>
      )}
      {mayWrite && countDates.length > 0 ? (
        <AddExplanationForm
          countDates={countDates}
          places={municipality ? [municipality] : municipalities}
          fixedPlace={municipality ?? null}
          onAdded={() => {
            setStatus(t('explanationDoneAdded'));
            void refresh();
          }}
        />
      ) : null}
      <p role="status" className="zv-status-message">
        {status}
      </p>
    </section>
  );
}

function ExplanationItem({ item, editable, onDone }: { item: Numbered; editable: boolean; onDone: (message: string) => void }) {
  const ctx = useLanguage();
  const { t } = ctx;
  const { explanation, n } = item;
  const [mode, setMode] = useState<'read' | 'edit' | 'remove'>('read');
  const [text, setText] = useState(explanation.text);
  const [error, setError] = useState<string | null>(null);
  const saving = useSaving();
  const [update] = useMutation(UpdateExplanationMutation);
  const [remove] = useMutation(RemoveExplanationMutation);

  async function run(action: () => Promise<unknown>, done: MessageKey) {
    setError(null);
    let failed: unknown = null;
    const ok = await saving.save(async () => {
      try {
        await action();
      } catch (failure) {
        failed = failure;
        throw failure;
      }
    });
    if (hasErrorCode(failed, 'CONFLICT')) {
      // Someone else changed it: show what is there now, and say so.
      setMode('read');
      onDone(t('explanationConflict'));
      return;
    }
    const said = failed ? refusal(failed, t, 'explanationConflict') : null;
    if (said) saving.setFailure(said);
    if (!ok) return;
    setMode('read');
    onDone(t(done));
  }

  async function save() {
    const problem = textError(text, t);
    if (problem) {
      setError(problem);
      return;
    }
    await run(
      () => update({ variables: { id: explanation.id, version: explanation.version, text: text.trim() } }),
      'explanationDoneUpdated',
    );
  }

  return (
    <li className="zv-explanations__item" value={n}>
      <p className="zv-explanations__place">
        <span className="zv-explanations__number" aria-hidden="true">
          {n}
        </span>
        <ExplanationPlace item={item} ctx={ctx} />
      </p>
      {mode === 'edit' ? (
        <SavingForm busy={saving.busy} className="zv-form zv-explanations__edit" onSubmit={save}>
          <TextAreaField
            label={t('explanationEditAria', { n })}
            value={text}
            onChange={setText}
            hint={t('explanationTextHint')}
            error={error}
          />
          <FormAlert messages={saving.failure ? [saving.failure] : []} />
          <div className="zv-form__actions">
            <SubmitButton label={t('explanationSave')} />
            <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => setMode('read')}>
              {t('cancel')}
            </button>
          </div>
        </SavingForm>
      ) : (
        <p className="zv-explanations__text">{explanation.text}</p>
      )}
      {mode === 'remove' ? (
        <div className="zv-panel" role="group" aria-label={t('explanationConfirmRemove', { n })}>
          <p className="zv-panel__label">{t('explanationConfirmRemove', { n })}</p>
          <FormAlert messages={saving.failure ? [saving.failure] : []} />
          <div className="zv-form__actions">
            <button
              type="button"
              className="utrecht-button utrecht-button--primary-action utrecht-button--danger"
              aria-disabled={saving.busy ? true : undefined}
              onClick={() =>
                void run(() => remove({ variables: { id: explanation.id, version: explanation.version } }), 'explanationDoneRemoved')
              }
            >
              {saving.busy ? t('busyDeleting') : t('explanationConfirmYes')}
            </button>
            <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => setMode('read')}>
              {t('cancel')}
            </button>
          </div>
        </div>
      ) : null}
      {editable && mode === 'read' ? (
        <div className="zv-explanations__actions">
          <button
            type="button"
            className="utrecht-button utrecht-button--subtle"
            aria-label={t('explanationEditAria', { n })}
            onClick={() => {
              setText(explanation.text);
              setError(null);
              saving.setFailure(null);
              setMode('edit');
            }}
          >
            {t('explanationEdit')}
          </button>
          <button
            type="button"
            className="utrecht-button utrecht-button--subtle"
            aria-label={t('explanationRemoveAria', { n })}
            onClick={() => {
              saving.setFailure(null);
              setMode('remove');
            }}
          >
            {t('explanationRemove')}
          </button>
        </div>
      ) : null}
    </li>
  );
}

function AddExplanationForm({
  countDates,
  places,
  fixedPlace,
  onAdded,
}: {
  countDates: { peildatum: string; label: string }[];
  places: { code: string; name: string }[];
  fixedPlace: { code: string; name: string } | null;
  onAdded: () => void;
}) {
  const { t } = useLanguage();
  const [peildatum, setPeildatum] = useState(countDates.at(-1)?.peildatum ?? '');
  const [place, setPlace] = useState(fixedPlace?.code ?? '');
  // The domains counted at this date and place, as this writer sees them. Not kept in the cache:
  // it holds the page's own snapshot of the same date with more fields.
  const counted = useQuery(ExplanationDomainsQuery, { variables: { peildatum }, skip: !peildatum, fetchPolicy: 'no-cache' });
  const domains = countedDomains(counted.data?.caseload, place || null);
  const figures = formFigures(place !== '', domains.length > 0);
  const [figure, setFigure] = useState<string>(figures[0] ?? '');
  const [domain, setDomain] = useState('');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const saving = useSaving();
  const [add] = useMutation(AddExplanationMutation);
  const chosenFigure = figures.includes(figure) ? figure : (figures[0] ?? '');
  const perDomain = chosenFigure === PER_DOMAIN_FIGURE;
  const chosenDomain = domains.some((d) => d.code === domain) ? domain : (domains[0]?.code ?? '');

  async function submit() {
    const problem = textError(text, t);
    setError(problem);
    if (problem) return;
    let failed: unknown = null;
    const ok = await saving.save(async () => {
      try {
        await add({
          variables: {
            input: {
              peildatum,
              figure: chosenFigure,
              municipalityCode: place || null,
              domainCode: perDomain ? chosenDomain : null,
              text: text.trim(),
            },
          },
        });
      } catch (failure) {
        failed = failure;
        throw failure;
      }
    });
    const said = failed ? refusal(failed, t, 'explanationExists') : null;
    if (said) saving.setFailure(said);
    if (!ok) return;
    setText('');
    onAdded();
  }

  return (
    <SavingForm busy={saving.busy} className="zv-form zv-explanations__form" onSubmit={submit}>
      <h3 className="utrecht-heading-3 zv-explanations__form-title">{t('explanationFormTitle')}</h3>
      <div className="zv-explanations__choices">
        <SelectField
          label={t('explanationDate')}
          value={peildatum}
          onChange={setPeildatum}
          options={[...countDates].reverse().map((d) => ({ value: d.peildatum, label: d.label }))}
        />
        {fixedPlace ? null : (
          <SelectField
            label={t('explanationPlace')}
            value={place}
            onChange={setPlace}
            options={[{ value: '', label: t('explanationRegion') }, ...places.map((m) => ({ value: m.code, label: m.name }))]}
          />
        )}
        <SelectField
          label={t('explanationFigure')}
          value={chosenFigure}
          onChange={setFigure}
          options={figures.map((f) => ({ value: f, label: figureName(f, t) }))}
        />
        {perDomain ? (
          <SelectField
            label={t('explanationDomain')}
            value={chosenDomain}
            onChange={setDomain}
            // The domains as the source names them: Dutch, whatever the page's language.
            options={domains.map((d) => ({ value: d.code, label: d.name, lang: 'nl' as const }))}
          />
        ) : null}
      </div>
      <TextAreaField label={t('explanationText')} hint={t('explanationTextHint')} value={text} onChange={setText} error={error} />
      <FormAlert messages={saving.failure ? [saving.failure] : []} />
      <div className="zv-form__actions">
        <SubmitButton label={t('explanationAdd')} busyLabel="busyAdding" variant="secondary" />
      </div>
    </SavingForm>
  );
}
