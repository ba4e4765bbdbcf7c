import type { TextContext } from '../models/context';
import { explanationPlace, type Numbered } from './explanationModel';

/**
 * Where an explanation belongs ("1 februari 2023 · Casussen per kennisdomein · regio · Jeugd"):
 * the knowledge domain is the source's Dutch name, marked so whatever the page's language.
 */
export function ExplanationPlace({ item, ctx }: { item: Numbered; ctx: TextContext }) {
  const domain = item.explanation.domain;
  if (!domain) return <>{explanationPlace(item, ctx)}</>;
  const place = explanationPlace({ ...item, explanation: { ...item.explanation, domain: null } }, ctx);
  return (
    <>
      {place} · <span lang="nl">{domain.name}</span>
    </>
  );
}

/**
 * The numbered explanations, read only: for the presentation and the report. The numbers are the
 * ones on the chart's markers and in its table.
 */
export function ExplanationList({ items, ctx, className }: { items: Numbered[]; ctx: TextContext; className?: string }) {
  return (
    <ol className={`zv-explanations__list ${className ?? ''}`}>
      {items.map((item) => (
        <li key={item.explanation.id} className="zv-explanations__item" value={item.n}>
          <p className="zv-explanations__place">
            <span className="zv-explanations__number" aria-hidden="true">
              {item.n}
            </span>
            <ExplanationPlace item={item} ctx={ctx} />
          </p>
          <p className="zv-explanations__text">{item.explanation.text}</p>
        </li>
      ))}
    </ol>
  );
}
