import type { ReactNode } from 'react';

/** A headline figure: label, the big number, and a line that gives it meaning (change, basis). */
export function Tile({ label, value, detail, basis }: { label: string; value: ReactNode; detail?: ReactNode; basis?: ReactNode }) {
  return (
    <div className="zv-tile">
      <p className="zv-tile__label">{label}</p>
      <p className="zv-tile__value">{value}</p>
      {detail ? <p className="zv-tile__detail">{detail}</p> : null}
      {basis ? <p className="zv-tile__basis">{basis}</p> : null}
    </div>
  );
}
