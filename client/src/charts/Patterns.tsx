import { APART_FILL, HATCH_COLOR, OUTLINE_COLOR, seriesColor } from './palette';

/** Fills that still differ in black and white: solid, diagonal hatch, dots, cross-hatch. */
export type PatternKind = 'solid' | 'hatch' | 'dots' | 'crosshatch';
const KINDS: PatternKind[] = ['solid', 'hatch', 'dots', 'crosshatch'];

export interface SeriesFill {
  kind: PatternKind;
  color: string;
  /** Patterned fills get a dark outline: light hues (orange) alone are under 3:1 on white. */
  outlined: boolean;
}

/** Colour and pattern of series `index`. */
export function seriesFill(index: number): SeriesFill {
  const kind = KINDS[index % KINDS.length] ?? 'solid';
  return { kind, color: seriesColor(index), outlined: kind !== 'solid' };
}

interface PatternProps {
  id: string;
  kind: PatternKind;
  color: string;
  lineColor?: string;
}

/** A <pattern> (put it inside <defs>); 'solid' needs none and renders nothing. */
export function FillPattern({ id, kind, color, lineColor = OUTLINE_COLOR }: PatternProps) {
  if (kind === 'solid') return null;
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width={6} height={6} patternTransform="rotate(45)">
      <rect width={6} height={6} fill={color} />
      {kind === 'dots' && <circle cx={3} cy={3} r={1.3} fill={lineColor} />}
      {(kind === 'hatch' || kind === 'crosshatch') && <line x1={1} y1={0} x2={1} y2={6} stroke={lineColor} strokeWidth={1.6} />}
      {kind === 'crosshatch' && <line x1={0} y1={1} x2={6} y2={1} stroke={lineColor} strokeWidth={1.6} />}
    </pattern>
  );
}

/** The hatch of "apart" and unknown values. */
export function ApartPattern({ id }: { id: string }) {
  return <FillPattern id={id} kind="hatch" color={APART_FILL} lineColor={HATCH_COLOR} />;
}

/** `fill` for a series: the colour itself, or a reference to its pattern. */
export function fillOf(fill: SeriesFill, patternId: string): string {
  return fill.kind === 'solid' ? fill.color : `url(#${patternId})`;
}
