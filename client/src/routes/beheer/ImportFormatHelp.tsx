import { useQuery } from '@apollo/client/react';
import { QueryView } from '../../components/QueryView';
import { TableScroller } from '../../components/TableScroller';
import { formatInteger } from '../../format';
import type { ImportFormatsQuery as ImportFormatsData, ImportKind } from '../../generated/graphql';
import { useLanguage } from '../../i18n/LanguageContext';
import type { MessageKey } from '../../i18n/messages';
import { ImportFormatsQuery } from './dataQueries';
import { exampleFileUrl } from './importUpload';

type Format = ImportFormatsData['importFormats'][number];

/** The list columns in the reader's language (the header name itself is Dutch, shown as code). */
const COLUMN_LABEL: Readonly<Record<string, MessageKey>> = {
  gemeente: 'colMunicipality',
  kennisdomein: 'colDomain',
  bron: 'rowColFundingSource',
};
type Column = Format['columns'][number];

/** The blank template's file name: the same as the one in seed/examples. */
export function templateFileName(kind: ImportKind): string {
  return `sjabloon-${kind.toLowerCase()}.csv`;
}

/** The template as a link's target. */
export function templateHref(template: string): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(template)}`;
}

/** "Kolommen: peildatum;gemeente;kennisdomein;aantal", once the formats are there (ImportFormatHelp says why not). */
export function ImportFormatColumns({ kind }: { kind: ImportKind }) {
  const { t } = useLanguage();
  const format = useQuery(ImportFormatsQuery).data?.importFormats.find((f) => f.kind === kind);
  if (!format) return null;
  return (
    <p className="utrecht-paragraph">
      {t('columnsLabel')}:{' '}
      <code className="zv-code" lang="nl">
        {format.columns.map((c) => c.name).join(';')}
      </code>
    </p>
  );
}

/**
 * The blank template of the chosen kind and example file, and the values its list
 * columns accept (gemeente, kennisdomein, bron) — all from the server's own definition of the
 * kind, the one the import is checked against.
 */
export function ImportFormatHelp({ kind }: { kind: ImportKind }) {
  const { t } = useLanguage();
  const result = useQuery(ImportFormatsQuery);
  return (
    <QueryView result={result}>
      {(data) => {
        const format = data.importFormats.find((f) => f.kind === kind);
        if (!format) return null;
        return (
          <>
            <ul className="zv-format-files">
              <li>
                {/* A data: link, no script: the file is the server's text as it is, BOM included. */}
                <a
                  className="utrecht-link zv-format-files__template"
                  href={templateHref(format.template)}
                  download={templateFileName(kind)}
                >
                  {t('templateDownload')}
                </a>{' '}
                <span className="zv-kind-help__file">({templateFileName(kind)})</span>
              </li>
              <li>
                <a className="utrecht-link" href={exampleFileUrl(kind)} download>
                  {t('exampleFile')}
                </a>{' '}
                <span className="zv-kind-help__file">({kind.toLowerCase()}.csv)</span>
              </li>
            </ul>
            {format.columns
              .filter((column) => column.accepts !== null && column.accepts !== undefined)
              .map((column) => (
                <AcceptedValues key={column.name} column={column} />
              ))}
          </>
        );
      }}
    </QueryView>
  );
}

function AcceptedValues({ column }: { column: Column }) {
  const { t, lang } = useLanguage();
  const accepts = column.accepts ?? [];
  const label = t(COLUMN_LABEL[column.name] ?? 'validValuesName');
  const caption = t('validValuesCaption', { label });
  return (
    <details className="zv-valid-values">
      <summary>
        {t('validValuesSummary', { label, count: formatInteger(accepts.length, lang) })}, {t('validValuesColumn')}{' '}
        <code className="zv-code" lang="nl">
          {column.name}
        </code>
      </summary>
      <p className="utrecht-paragraph">{t('validValuesHow')}</p>
      {column.alsoAccepts.length > 0 || column.mayBeEmpty ? (
        <p className="utrecht-paragraph">
          {column.alsoAccepts.length > 0 ? (
            <>
              {t('validValuesAlso')}{' '}
              {column.alsoAccepts.map((word, index) => (
                <span key={word}>
                  {index > 0 ? ', ' : ''}
                  <code className="zv-code" lang="nl">
                    {word}
                  </code>
                </span>
              ))}
              .{' '}
            </>
          ) : null}
          {column.mayBeEmpty ? t('validValuesEmpty') : null}
        </p>
      ) : null}
      <TableScroller label={caption}>
        <table className="utrecht-table utrecht-table--html-table zv-table zv-valid-values__table">
          <caption className="utrecht-table__caption zv-visually-hidden">{caption}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">
                {t('validValuesName')}
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                {t('validValuesCode')}
              </th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {accepts.map((value) => (
              <tr key={value.code} className="utrecht-table__row">
                <td className="utrecht-table__cell" lang="nl">
                  {value.name}
                </td>
                <td className="utrecht-table__cell">
                  <code className="zv-code">{value.code}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroller>
    </details>
  );
}
