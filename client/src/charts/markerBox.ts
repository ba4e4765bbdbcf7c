import { CHART_FONT } from './sizes';
import { textWidth } from './textWidth';

/** The size of an explanation's numbered marker ("1", "1,2"): a dark pill at the small chart text size. */
export function markerBox(text: string): { width: number; height: number; fontSize: number } {
  const fontSize = CHART_FONT.small;
  const height = fontSize + 8;
  return { width: Math.max(height, textWidth(text, fontSize, true) + 10), height, fontSize };
}
