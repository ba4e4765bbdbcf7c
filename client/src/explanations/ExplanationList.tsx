import type { TextContext } from '../models/context';
import { explanationPlace, type Numbered } from './explanationModel';

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
            {explanationPlace(item, ctx)}
          </p>
          <p className="zv-explanations__text">{item.explanation.text}</p>
        </li>
      ))}
    </ol>
  );
}
