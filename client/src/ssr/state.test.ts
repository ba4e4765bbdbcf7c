import { describe, expect, it } from '@jest/globals';
import { readServerState, serializeState, STATE_ELEMENT_ID } from './state';

function pageWith(html: string): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = html;
  return doc;
}

describe('the state a rendered page carries', () => {
  it('is a JSON data block in which no text can end the element or start a script', () => {
    const hostile = '</script><script>alert(1)</script><!--';
    const block = serializeState({ lang: 'nl', cache: { 'Goal:1': { title: hostile } } });
    expect(block.startsWith(`<script type="application/json" id="${STATE_ELEMENT_ID}">`)).toBe(true);
    // One element: the only "</script" is the block's own end.
    expect(block.match(/<\/script/gi)).toHaveLength(1);
    expect(block).not.toContain('<!--');
    const doc = pageWith(block);
    expect(doc.querySelectorAll('script')).toHaveLength(1);
    expect(readServerState(doc)).toEqual({ lang: 'nl', cache: { 'Goal:1': { title: hostile } } });
  });

  it('is read as none when absent, unreadable or of an unknown language', () => {
    expect(readServerState(pageWith('<div id="root"></div>'))).toBeNull();
    expect(readServerState(pageWith(`<script type="application/json" id="${STATE_ELEMENT_ID}">{not json</script>`))).toBeNull();
    expect(
      readServerState(pageWith(`<script type="application/json" id="${STATE_ELEMENT_ID}">{"lang":"fr","cache":{}}</script>`)),
    ).toBeNull();
    expect(
      readServerState(pageWith(`<script type="application/json" id="${STATE_ELEMENT_ID}">{"lang":"en","cache":null}</script>`)),
    ).toBeNull();
  });
});
