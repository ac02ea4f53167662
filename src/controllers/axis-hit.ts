/**
 * Whether a pointer event falls on the time axis. The axis stays over the plot's top rows while the lanes scroll
 * under it, and lets the pointer through so that a wheel or a drag on it reaches the plot's gestures; the marks and
 * clusters it hides there answer no hover, press or click.
 */
export function overAxis(root: ParentNode, ev: MouseEvent): boolean {
  const r = root.querySelector('svg.axis-head')?.getBoundingClientRect();
  return !!r && ev.clientY >= r.top && ev.clientY < r.bottom && ev.clientX >= r.left && ev.clientX < r.right;
}
