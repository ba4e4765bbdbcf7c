import { useLayoutEffect, useRef, useState } from 'react';
import type { TextContext } from '../models/context';
import { ExplanationList } from './ExplanationList';
import type { Numbered } from './explanationModel';

/**
 * The explanations on a slide, in the order given (the latest first), as many as fit in the space
 * the slide leaves them at its type size, never cut off or scrolled; "en nog 2 in het rapport"
 * says what is left out. How many fit is known only in the browser: it starts from all and leaves
 * out the last one until the rest fits, again whenever the space changes (another screen size).
 */
export function SlideExplanations({ items, ctx }: { items: Numbered[]; ctx: TextContext }) {
  const box = useRef<HTMLDivElement>(null);
  const [space, setSpace] = useState('');
  const [shown, setShown] = useState(items.length);

  // Room for all again when the list or the space changes; the effect below takes away what does not fit.
  useLayoutEffect(() => setShown(items.length), [items.length, space]);

  useLayoutEffect(() => {
    const element = box.current;
    if (element && shown > 0 && element.scrollHeight > element.clientHeight + 1) setShown(shown - 1);
  });

  useLayoutEffect(() => {
    const element = box.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setSpace(`${element.clientWidth}x${element.clientHeight}`));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const left = items.length - Math.min(shown, items.length);
  return (
    <div ref={box} className="zv-slide__explanations-box">
      {shown > 0 ? <ExplanationList items={items.slice(0, shown)} ctx={ctx} className="zv-slide__explanations" /> : null}
      {left > 0 ? <p className="zv-slide__explanations-more">{ctx.t('explanationsMoreInReport', { count: left })}</p> : null}
    </div>
  );
}
