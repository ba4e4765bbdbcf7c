import { useApolloClient, useQuery } from '@apollo/client/react';
import { Fragment, useEffect, useId, useRef, useState } from 'react';
import { FormAlert } from '../../components/FormAlert';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { SelectFilter } from '../../components/SelectFilter';
import { useMomentText } from '../../components/clientTime';
import { formatInteger } from '../../format';
import type { DataVersionsQuery as DataVersionsData, ImportKind } from '../../generated/graphql';
import { useLanguage } from '../../i18n/LanguageContext';
import { actionFailed } from '../../session/errors';
import { useUrlParam } from '../../url';
import { BeheerSection } from './BeheerSection';
import { DataVersionsQuery, RestoreVersionMutation } from './dataQueries';
import { refreshAfterDataChange } from './dataRefresh';
import { ChangesTable, keyText, kindName } from './ImportReportView';
import { RowChanges } from './ImportRowChanges';
import { IMPORT_KINDS, type ImportReport } from './importUpload';
import { RowsTable } from '../../components/RowsTable';

type Version = DataVersionsData['dataVersions'][number];

/** "Versies" (ZVH and BEHEERDER): what imports replaced, and putting it back. */
export default function VersiesPage() {
  return (
    <BeheerSection>
      <Versions />
    </BeheerSection>
  );
}

function Versions() {
  const { t } = useLanguage();
  const [kindParam, setKind] = useUrlParam('soort');
  const kind = (IMPORT_KINDS as string[]).includes(kindParam) ? (kindParam as ImportKind) : null;
  // Every import and restore adds versions: always ask the server, keep the list while asking.
  const result = useQuery(DataVersionsQuery, { variables: { kind }, fetchPolicy: 'cache-and-network', notifyOnNetworkStatusChange: false });
  const [status, setStatus] = useState('');
  const statusRef = useRef<HTMLParagraphElement>(null);
  // The list was fetched anew with everything else on screen (refreshAfterDataChange).
  const restored = async (message: string) => {
    setStatus(message);
    statusRef.current?.focus();
  };
  return (
    <>
      <PageHeader title={t('versionsTitle')} intro={t('versionsIntro')}>
        <SelectFilter
          label={t('filterKind')}
          value={kind ?? ''}
          onChange={(value) => {
            setStatus('');
            setKind(value);
          }}
          options={[{ value: '', label: t('allKinds') }, ...IMPORT_KINDS.map((k) => ({ value: k, label: kindName(k, t) }))]}
        />
      </PageHeader>
      <p ref={statusRef} role="status" tabIndex={-1} className="zv-status-message">
        {status}
      </p>
      <QueryView result={result}>
        {(data) =>
          data.dataVersions.length === 0 ? (
            <p className="utrecht-paragraph zv-section zv-section--first">{t('versionsEmpty')}</p>
          ) : (
            <section className="zv-section zv-section--first" aria-label={t('versionsCaption')}>
              <VersionsTable versions={data.dataVersions} onRestored={restored} />
            </section>
          )
        }
      </QueryView>
    </>
  );
}

function VersionsTable({ versions, onRestored }: { versions: Version[]; onRestored: (message: string) => Promise<void> }) {
  const { t, lang } = useLanguage();
  const moment = useMomentText(lang);
  const id = useId();
  const [open, setOpen] = useState<string | null>(null);
  const columns = ['colKind', 'colVersionKey', 'colReplacedAt', 'colReplacedBy', 'colRows', 'colVersionTotal', 'colActions'] as const;
  const numeric = new Set<string>(['colRows', 'colVersionTotal']);
  const close = (versionId: string) => {
    setOpen(null);
    document.getElementById(`${id}-restore-${versionId}`)?.focus();
  };
  return (
    <RowsTable
      caption={t('versionsCaption')}
      columns={columns.map((key) => ({ key, label: t(key), numeric: numeric.has(key) }))}
      className="zv-versions"
    >
      {versions.map((version) => {
        const key = keyText(version.kind, version.key, lang);
        const replacedAt = moment(version.replacedAt);
        return (
          <Fragment key={version.id}>
            <tr className={`utrecht-table__row${version.current ? ' zv-versions__current' : ''}`}>
              <td className="utrecht-table__cell">{kindName(version.kind, t)}</td>
              <th scope="row" className="utrecht-table__header-cell">
                {key}
              </th>
              <td className="utrecht-table__cell zv-nowrap">{replacedAt}</td>
              <td className="utrecht-table__cell">{version.replacedBy ?? '–'}</td>
              <td className="utrecht-table__cell utrecht-table__cell--numeric-data">{formatInteger(version.rows, lang)}</td>
              <td className="utrecht-table__cell utrecht-table__cell--numeric-data">
                {version.total === null ? '–' : formatInteger(version.total, lang)}
              </td>
              <td className="utrecht-table__cell">
                {version.current ? (
                  // Its figures are the ones shown now: putting it back would change nothing.
                  <span className="zv-current-version" title={t('currentVersionWhy')}>
                    {t('currentVersion')}
                  </span>
                ) : (
                  <button
                    type="button"
                    id={`${id}-restore-${version.id}`}
                    className="utrecht-button utrecht-button--secondary-action zv-button--small"
                    aria-label={t('restoreFor', { kind: kindName(version.kind, t), key, date: replacedAt })}
                    aria-expanded={open === version.id}
                    onClick={() => setOpen(open === version.id ? null : version.id)}
                  >
                    {t('restore')}
                  </button>
                )}
              </td>
            </tr>
            {open === version.id ? (
              <tr className="utrecht-table__row zv-users__panel-row">
                <td className="utrecht-table__cell" colSpan={columns.length}>
                  <RestorePanel
                    version={version}
                    onCancel={() => close(version.id)}
                    onDone={async (message) => {
                      setOpen(null);
                      await onRestored(message);
                    }}
                  />
                </td>
              </tr>
            ) : null}
          </Fragment>
        );
      })}
    </RowsTable>
  );
}

/** Under a version's row: what putting it back would change (a dry run), then the confirmation. */
function RestorePanel({
  version,
  onCancel,
  onDone,
}: {
  version: Version;
  onCancel: () => void;
  onDone: (message: string) => Promise<void>;
}) {
  const { t, lang } = useLanguage();
  const client = useApolloClient();
  const labelId = useId();
  const panel = useRef<HTMLDivElement>(null);
  const [preview, setPreview] = useState<ImportReport | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(true);
  const key = keyText(version.kind, version.key, lang);
  const kind = kindName(version.kind, t);

  useEffect(() => {
    let current = true;
    client
      .mutate({ mutation: RestoreVersionMutation, variables: { id: version.id, dryRun: true } })
      .then(({ data }) => {
        if (current && data) setPreview(data.restoreVersion);
      })
      .catch((error: unknown) => {
        if (current) setFailure(error);
      })
      .finally(() => {
        if (current) setBusy(false);
      });
    return () => {
      current = false;
    };
  }, [client, version.id]);
  useEffect(() => panel.current?.focus(), []);

  async function restore() {
    setFailure(null);
    setBusy(true);
    let report: ImportReport;
    try {
      const { data } = await client.mutate({ mutation: RestoreVersionMutation, variables: { id: version.id, dryRun: false } });
      if (!data) throw new Error('no data');
      report = data.restoreVersion;
    } catch (error) {
      setFailure(error);
      setBusy(false);
      return;
    }
    await refreshAfterDataChange(client);
    await onDone(
      t('restoreDone', {
        kind,
        key,
        added: formatInteger(report.added, lang),
        changed: formatInteger(report.changed, lang),
        removed: formatInteger(report.removed, lang),
      }),
    );
  }

  const summary = preview
    ? t('restoreSummary', {
        added: formatInteger(preview.added, lang),
        changed: formatInteger(preview.changed, lang),
        removed: formatInteger(preview.removed, lang),
      })
    : failure
      ? ''
      : t('restoreChecking');
  return (
    <div ref={panel} className="zv-panel" role="group" aria-labelledby={labelId} tabIndex={-1}>
      <div className="zv-form">
        <p id={labelId} className="utrecht-paragraph zv-panel__label">
          {t('restoreQuestion', { kind, key })}
        </p>
        <p role="status" className="utrecht-paragraph zv-panel__status">
          {summary}
        </p>
        {preview ? <ChangesTable report={preview} caption={t('restoreCaption', { kind, key })} /> : null}
        {preview ? <RowChanges report={preview} headingLevel={4} /> : null}
        <FormAlert messages={failure ? [actionFailed(failure, t, lang)] : []} />
        <div className="zv-form__actions">
          <button
            type="button"
            className="utrecht-button utrecht-button--primary-action"
            disabled={busy || !preview}
            onClick={() => void restore()}
          >
            {t('confirmRestore')}
          </button>
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={onCancel}>
            {t('cancel')}
          </button>
        </div>
      </div>
    </div>
  );
}
