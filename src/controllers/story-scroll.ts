/**
 * Where the vertical story sits in the page, for the story controller: the box that scrolls it (the element's own,
 * or the page), the story px in view, a scroll by some px, and whether its chart is in the page's flow.
 */

/** The element's own scroll box `sc`, when the page gave it a height and it scrolls; else null (the page scrolls). */
export function innerScroller(sc: Element | null): Element | null {
  return sc && sc.scrollHeight > sc.clientHeight + 1 ? sc : null;
}

/** The story px of `box` inside the page's viewport (and inside `inner`, the element's own scroll box, if any). */
export function visibleSpan(box: HTMLElement, inner: Element | null): [number, number] {
  const top = box.getBoundingClientRect().top;
  const vv = visualViewport;
  let v0 = vv ? vv.offsetTop : 0;
  let v1 = v0 + (vv ? vv.height : innerHeight);
  if (inner) {
    const r = inner.getBoundingClientRect();
    v0 = Math.max(v0, r.top);
    v1 = Math.min(v1, r.bottom);
  }
  return [v0 - top, v1 - top];
}

/** Scrolls `inner` (or, when null, the page) by `dy` px; less than a px does nothing. */
export function scrollStoryBy(inner: Element | null, dy: number): void {
  if (!(Math.abs(dy) >= 1)) return;
  if (inner) inner.scrollTop += dy;
  else scrollBy({ top: dy, behavior: 'instant' });
}

/**
 * Marks the chart around the story `box` `data-flow` while it is as tall as the story (the element's height is
 * its content's): it then clips instead of being a scroll box of its own that never scrolls, so the eras' titles
 * stick to the page as the page scrolls the story. The horizontal plot's is the viewport controller's.
 */
export function markFlow(box: HTMLElement | null): void {
  const sc = box?.parentElement;
  if (box && sc) sc.toggleAttribute('data-flow', sc.clientHeight + 1 >= box.offsetHeight);
}
