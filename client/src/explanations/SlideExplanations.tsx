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
  // What is to fit where: a new list, language or space starts again from all of them.
  const content = `${ctx.lang}|${space}|${items.map((x) => `${x.explanation.id}.${x.explanation.version}`).join(',')}`;
  const [fit, setFit] = useState({ content, shown: items.length });
  const shown = fit.content === content ? Math.min(fit.shown, items.length) : items.length;

  // One fewer while they do not fit (each step is laid out again before it is painted).
  useLayoutEffect(() => {
    const element = box.current;
    if (element && shown > 0 && element.scrollHeight > element.clientHeight + 1) setFit({ content, shown: shown - 1 });
  }, [content, shown]);

  useLayoutEffect(() => {
    const element = box.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setSpace(`${element.clientWidth}x${element.clientHeight}`));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const left = items.length - shown;
  return (
    <div ref={box} className="zv-slide__explanations-box">
      {shown > 0 ? <ExplanationList items={items.slice(0, shown)} ctx={ctx} className="zv-slide__explanations" /> : null}
      {left > 0 ? <p className="zv-slide__explanations-more">{ctx.t('explanationsMoreInReport', { count: left })}</p> : null}
    </div>
  );
}
