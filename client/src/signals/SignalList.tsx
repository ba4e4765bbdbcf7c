import { useId, useState, type ReactNode } from 'react';
import { Link } from 'wouter';
import { DataTable } from '../components/DataTable';
import type { SignalListFieldsFragment } from '../generated/graphql';
import type { TextContext } from '../models/context';
import { NAME_END, NAME_START, shortfallSentences, signalSentence, signalTable, type ShortfallData, type SignalData } from './signalModel';

const ICON = { HIGH: '▲', MEDIUM: '●' } as const;

/** A text from signalModel: the names it carries (Dutch, as the sources give them) marked lang="nl". */
export function SignalText({ text }: { text: string }) {
  const parts: ReactNode[] = [];
  let rest = text;
  for (let i = 0; ; i++) {
    const start = rest.indexOf(NAME_START);
    const end = rest.indexOf(NAME_END, start + 1);
    if (start < 0 || end < 0) break;
    parts.push(rest.slice(0, start));
    parts.push(
      <span key={i} lang="nl">
        {rest.slice(start + 1, end)}
      </span>,
    );
    rest = rest.slice(end + 1);
  }
  parts.push(rest);
  return <>{parts}</>;
}

/**
 * The early-warning list: each signal a sentence with its severity (icon and word) and the rule in
 * words, "geen signalen" or the statement that there are too few counts, and a table alternative.
 * `limit`: at most this many sentences (the overview's one projector screen), "en N andere" after.
 */
export function SignalList({
  list,
  ctx,
  limit,
  headingLevel = 2,
  className = '',
}: {
  list: SignalListFieldsFragment;
  ctx: TextContext;
  limit?: number;
  headingLevel?: 2 | 3;
  className?: string;
}) {
  const { t } = ctx;
  const titleId = useId();
  const tableId = useId();
  const [showTable, setShowTable] = useState(false);
  const { signals, shortfalls } = list;
  const shown = limit === undefined ? signals : signals.slice(0, limit);
  const rest = signals.length - shown.length;
  const Heading = `h${headingLevel}` as const;
  const table = signalTable(signals, ctx);
  const toggle =
    signals.length > 0 ? (
      <button
        type="button"
        className="utrecht-button utrecht-button--subtle zv-signals__toggle zv-no-print"
        aria-expanded={showTable}
        aria-controls={tableId}
        onClick={() => setShowTable((v) => !v)}
      >
        <span aria-hidden="true">{showTable ? '▴ ' : '▾ '}</span>
        {showTable ? t('tableHide') : t('tableShow')}
      </button>
    ) : null;
  const more =
    rest > 0 ? (
      <Link href="/rapport" className="utrecht-link zv-signals__more">
        {t('signalsMore', { count: rest })}
      </Link>
    ) : null;
  return (
    <section className={`zv-signals ${className}`} aria-labelledby={titleId} data-testid="signals">
      <div className="zv-signals__head">
        <Heading id={titleId} className={`utrecht-heading-${headingLevel} zv-signals__title`}>
          {t('signalsTitle')}
        </Heading>
        {/* The overview's strip: what leads on (the rest, the table) on the heading's line, to keep to one screen. */}
        {limit !== undefined ? (
          <>
            {more}
            {toggle}
          </>
        ) : null}
      </div>
      {signals.length === 0 && shortfalls.every((s) => !s.appliesToAll) ? <p className="zv-signals__none">{t('signalsNone')}</p> : null}
      {shown.length > 0 ? (
        <ul className="zv-signals__list">
          {shown.map((signal, i) => (
            <li key={i} className={`zv-signals__item zv-signals__item--${signal.severity.toLowerCase()}`}>
              <span className="zv-signals__severity">
                <span aria-hidden="true">{ICON[signal.severity]} </span>
                {t(`signalsSeverity${signal.severity}`)}:
              </span>{' '}
              <SignalText text={signalSentence(signal, ctx, limit !== undefined)} />
            </li>
          ))}
        </ul>
      ) : null}
      {shortfalls.length > 0 ? (
        <ul className="zv-signals__shortfalls">
          {shortfallSentences(limit === undefined ? shortfalls : shortfalls.slice(0, 1), ctx).map((text, i) => (
            <li key={i}>
              <SignalText text={text} />
            </li>
          ))}
        </ul>
      ) : null}
      {limit === undefined ? (
        <>
          <p className="zv-signals__footer">{t('signalsRulesExplained')}</p>
          {toggle}
        </>
      ) : null}
      {signals.length > 0 ? (
        <div id={tableId} className="zv-signals__table" hidden={!showTable}>
          <DataTable
            caption={t('signalsTableCaption')}
            columns={table.columns}
            rows={table.rows.map((row) => ({ ...row, header: <SignalText text={row.header} /> }))}
          />
        </div>
      ) : null}
    </section>
  );
}

/**
 * The signals on a slide (the slide's title names them): each a sentence in the slides' large type,
 * with its severity as icon and word; "geen signalen" or the statement of too few counts; the rule
 * in words. The table alternative is there for screen readers, not on the screen.
 */
export function SignalSlide({ signals, shortfalls, ctx }: { signals: SignalData[]; shortfalls: ShortfallData[]; ctx: TextContext }) {
  const { t } = ctx;
  const table = signalTable(signals, ctx);
  return (
    <div className="zv-slide-signals" data-testid="signals">
      {signals.length === 0 && shortfalls.every((s) => !s.appliesToAll) ? (
        <p className="zv-slide-signals__none">{t('signalsNone')}</p>
      ) : null}
      {signals.length > 0 ? (
        <ul className="zv-slide-signals__list">
          {signals.map((signal, i) => (
            <li key={i} className={`zv-slide-signals__item zv-signals__item--${signal.severity.toLowerCase()}`}>
              <span className="zv-signals__severity">
                <span aria-hidden="true">{ICON[signal.severity]} </span>
                {t(`signalsSeverity${signal.severity}`)}:
              </span>{' '}
              <SignalText text={signalSentence(signal, ctx)} />
            </li>
          ))}
        </ul>
      ) : null}
      {shortfallSentences(shortfalls, ctx).map((text, i) => (
        <p key={i} className="zv-slide-signals__shortfall">
          <SignalText text={text} />
        </p>
      ))}
      <p className="zv-slide-signals__rule">{t('signalsRulesExplained')}</p>
      {signals.length > 0 ? (
        <div className="zv-visually-hidden">
          <DataTable
            caption={t('signalsTableCaption')}
            columns={table.columns}
            rows={table.rows.map((row) => ({ ...row, header: <SignalText text={row.header} /> }))}
          />
        </div>
      ) : null}
    </div>
  );
}
