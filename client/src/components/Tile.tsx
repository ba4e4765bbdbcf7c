import type { IndicatorCode } from '@zv/shared';
import { useId, type ReactNode } from 'react';
import { AboutFigureLink } from './AboutFigureLink';

/** A headline figure: label, the big number, and a line that gives it meaning (change, basis); and its definition's link. */
export function Tile({
  label,
  value,
  detail,
  basis,
  indicator,
}: {
  label: string;
  value: ReactNode;
  detail?: ReactNode;
  basis?: ReactNode;
  /** The figure shown and the link's text ("Over dit cijfer"): the link opens its definition. */
  indicator?: { code: IndicatorCode; label: string };
}) {
  const labelId = useId();
  return (
    <div className={`zv-tile${indicator ? ' zv-tile--about' : ''}`}>
      <p className="zv-tile__label" id={labelId}>
        {label}
      </p>
      <p className="zv-tile__value">{value}</p>
      {detail ? <p className="zv-tile__detail">{detail}</p> : null}
      {basis ? <p className="zv-tile__basis">{basis}</p> : null}
      {indicator ? (
        <p className="zv-tile__about">
          <AboutFigureLink code={indicator.code} label={indicator.label} describedBy={labelId} iconOnly />
        </p>
      ) : null}
    </div>
  );
}
