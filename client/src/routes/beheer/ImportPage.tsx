import { useApolloClient } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { FileField } from '../../components/FileField';
import { FormAlert } from '../../components/FormAlert';
import { PageHeader } from '../../components/PageHeader';
import { SelectField } from '../../components/SelectField';
import { formatInteger } from '../../format';
import type { ImportKind } from '../../generated/graphql';
import { useLanguage } from '../../i18n/LanguageContext';
import type { MessageKey } from '../../i18n/messages';
import { serverMessage } from '../../session/errors';
import { BeheerSection } from './BeheerSection';
import { DataVersionsQuery } from './dataQueries';
import { refreshAfterDataChange } from './dataRefresh';
import { ImportFormatColumns, ImportFormatHelp } from './ImportFormatHelp';
import { FlowConsistency } from './FlowConsistency';
import { ChangesTable, ImportErrors, kindName } from './ImportReportView';
import { RowChanges } from './ImportRowChanges';
import { IMPORT_KINDS, MAX_UPLOAD_BYTES, uploadImport, UploadError, type ImportReport } from './importUpload';

const HELP: Record<ImportKind, MessageKey> = {
  CASELOAD: 'kindHelpCASELOAD',
  CONTRIBUTIONS: 'kindHelpCONTRIBUTIONS',
  POPULATION: 'kindHelpPOPULATION',
  FUNDING: 'kindHelpFUNDING',
  FLOWS: 'kindHelpFLOWS',
};

type Phase = 'idle' | 'checking' | 'importing';
type Focus = 'errors' | 'preview' | 'status' | 'file' | null;

/** "Gegevens importeren" (ZVH and BEHEERDER): check a file, see what it changes, then import it. */
export default function ImportPage() {
  return (
    <BeheerSection>
      <ImportForm />
    </BeheerSection>
  );
}

function ImportForm() {
  const { t, lang } = useLanguage();
  const client = useApolloClient();
  const helpId = useId();
  const previewTitleId = useId();
  const [kind, setKind] = useState<ImportKind | ''>('');
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>('idle');
  const [fieldErrors, setFieldErrors] = useState<{ kind?: string; file?: string }>({});
  const [problem, setProblem] = useState<string | null>(null);
  /** The dry run's report: a preview when clean, the file's errors otherwise. */
  const [preview, setPreview] = useState<ImportReport | null>(null);
  const [done, setDone] = useState<ImportReport | null>(null);
  const [focus, setFocus] = useState<Focus>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const errorsRef = useRef<HTMLDivElement>(null);
  const previewRef = useRef<HTMLElement>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  // Answers to a request for a file or kind that has since changed are dropped.
  const request = useRef(0);

  useEffect(() => {
    if (!focus) return;
    const target = { errors: errorsRef, preview: previewRef, status: statusRef, file: fileInput }[focus].current;
    target?.focus();
    setFocus(null);
  }, [focus]);

  function reset({ keepDone = false } = {}) {
    request.current++;
    setPreview(null);
    setProblem(null);
    setFieldErrors({});
    setPhase('idle');
    if (!keepDone) setDone(null);
  }

  function clearFile() {
    setFile(null);
    if (fileInput.current) fileInput.current.value = '';
  }

  function uploadFailure(failure: unknown): string {
    if (failure instanceof UploadError) {
      if (failure.status === 0) return t('uploadUnreachable');
      // The session is gone: a query that needs one lets the app show the login page with "verlopen".
      if (failure.status === 401)
        void client.query({ query: DataVersionsQuery, variables: {}, fetchPolicy: 'network-only' }).catch(() => undefined);
      return t('uploadFailed', {
        message: failure.message ? serverMessage(failure, t, lang) : t('uploadHttp', { status: failure.status }),
      });
    }
    return t('uploadUnreachable');
  }

  async function check(event: FormEvent) {
    event.preventDefault();
    reset();
    const errors: { kind?: string; file?: string } = {};
    if (!kind) errors.kind = t('errKindRequired');
    if (!file) errors.file = t('errFileRequired');
    else if (file.size > MAX_UPLOAD_BYTES)
      errors.file = t('errFileTooLarge', { size: `${formatInteger(Math.ceil(file.size / 1024 / 1024), lang)} MB` });
    setFieldErrors(errors);
    if (!kind || !file || errors.file) return;
    const id = ++request.current;
    setPhase('checking');
    try {
      const report = await uploadImport(kind, file, true);
      if (id !== request.current) return;
      setPreview(report);
      setFocus(report.errors.length > 0 ? 'errors' : 'preview');
    } catch (failure) {
      if (id !== request.current) return;
      setProblem(uploadFailure(failure));
    }
    setPhase('idle');
  }

  async function confirm() {
    if (!kind || !file || !preview || preview.errors.length > 0) return;
    const id = ++request.current;
    setPhase('importing');
    setProblem(null);
    try {
      const report = await uploadImport(kind, file, false);
      if (id !== request.current) return;
      if (report.errors.length > 0) {
        setPreview(report);
        setFocus('errors');
      } else {
        setPreview(null);
        setDone(report);
        clearFile();
        setFocus('status');
        await refreshAfterDataChange(client);
      }
    } catch (failure) {
      if (id !== request.current) return;
      setProblem(uploadFailure(failure));
    }
    setPhase('idle');
  }

  function cancel() {
    reset();
    clearFile();
    setFocus('file');
  }

  const clean = preview !== null && preview.errors.length === 0;
  const nothingChanges = clean && preview.changes.every((c) => c.effect === 'UNCHANGED' && c.removed === 0);
  const validation = [fieldErrors.kind, fieldErrors.file].filter((message): message is string => Boolean(message));

  return (
    <>
      <PageHeader title={t('importTitle')} intro={t('importIntro')} />
      <section className="zv-section zv-section--first" aria-label={t('importFormLabel')}>
        <form className="zv-form zv-form--wide" noValidate onSubmit={(event) => void check(event)}>
          <SelectField
            label={t('fieldKind')}
            value={kind}
            onChange={(value) => {
              setKind(value as ImportKind | '');
              reset();
            }}
            options={[{ value: '', label: t('chooseOption') }, ...IMPORT_KINDS.map((k) => ({ value: k, label: kindName(k, t) }))]}
            error={fieldErrors.kind}
          />
          <div id={helpId} className="zv-kind-help">
            {kind ? (
              <>
                <ImportFormatColumns kind={kind} />
                <p className="utrecht-paragraph">{t(HELP[kind])}</p>
                <p className="utrecht-paragraph">{t('importFormats')}</p>
                <p className="utrecht-paragraph">{t('importPrivacy')}</p>
                <ImportFormatHelp kind={kind} />
              </>
            ) : (
              <p className="utrecht-paragraph">{t('chooseKindFirst')}</p>
            )}
          </div>
          <FileField
            label={t('fieldFile')}
            accept=".csv,.json,.txt"
            hint={t('fileHint')}
            describedBy={kind ? helpId : undefined}
            inputRef={fileInput}
            error={fieldErrors.file}
            onChange={(chosen) => {
              setFile(chosen);
              reset();
            }}
          />
          <FormAlert
            title={validation.length > 0 ? t('formErrors') : undefined}
            messages={[...validation, ...(problem ? [problem] : [])]}
          />
          <div className="zv-form__actions">
            <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={phase !== 'idle'}>
              {t('check')}
            </button>
          </div>
        </form>
      </section>

      <div ref={statusRef} role="status" tabIndex={-1} className="zv-import-status">
        {phase === 'checking' ? <p className="utrecht-paragraph zv-loading">{t('checking')}</p> : null}
        {phase === 'importing' ? <p className="utrecht-paragraph zv-loading">{t('importing')}</p> : null}
        {done && phase === 'idle' ? (
          <div className="zv-success">
            <p className="utrecht-paragraph zv-success__message">
              {t('importDone', {
                added: formatInteger(done.added, lang),
                changed: formatInteger(done.changed, lang),
                unchanged: formatInteger(done.unchanged, lang),
                removed: formatInteger(done.removed, lang),
              })}
            </p>
            <ul className="zv-success__links">
              <li>
                <Link href="/" className="utrecht-link">
                  {t('toOverview')}
                </Link>
              </li>
              <li>
                <Link href="/beheer/versies" className="utrecht-link">
                  {t('toVersions')}
                </Link>
              </li>
            </ul>
          </div>
        ) : null}
      </div>

      {preview && !clean ? (
        <>
          <ImportErrors ref={errorsRef} report={preview} />
          <div className="zv-form__actions">
            <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={cancel}>
              {t('cancel')}
            </button>
          </div>
        </>
      ) : null}

      {preview && clean ? (
        <section ref={previewRef} tabIndex={-1} className="zv-section zv-preview" aria-labelledby={previewTitleId}>
          <h2 id={previewTitleId} className="utrecht-heading-2 zv-section__title">
            {t('previewTitle')}
          </h2>
          <p className="utrecht-paragraph">
            {t('previewRowsRead', { kind: kindName(preview.kind, t), rows: formatInteger(preview.rowsRead, lang) })}
            {nothingChanges ? ` ${t('previewNothing')}` : ''}
          </p>
          <ChangesTable report={preview} />
          <FlowConsistency report={preview} />
          {nothingChanges ? null : (
            <>
              <h3 className="utrecht-heading-3 zv-row-changes__title">{t('rowChangesTitle')}</h3>
              <RowChanges report={preview} headingLevel={4} />
            </>
          )}
          <div className="zv-form__actions zv-preview__actions">
            <button
              type="button"
              className="utrecht-button utrecht-button--primary-action"
              disabled={phase !== 'idle'}
              onClick={() => void confirm()}
            >
              {t('confirmImport')}
            </button>
            <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={cancel}>
              {t('cancel')}
            </button>
          </div>
        </section>
      ) : null}
    </>
  );
}
