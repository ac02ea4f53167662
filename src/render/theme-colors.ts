import type { ClusterStyle } from './clusters.js';

/**
 * Theme colours for the canvases and the SVG export: `light-dark()` and
 * custom properties resolved the way CSS does, through a hidden probe, and
 * cached until `invalidate` (theme, colour scheme or inline style changed):
 * reading styles on every frame would force a style recalculation each time.
 */
export class ThemeColors {
  private _colors = new Map<string, string>();
  private _clusterStyles = new Map<string, ClusterStyle>();
  private _key = '';

  /** Drops the cache when `key` (what the colours depend on) changed. */
  invalidate(key: string): void {
    if (key === this._key) return;
    this._key = key;
    this._colors.clear();
    this._clusterStyles.clear();
  }

  /**
   * Reads every colour and bubble style of `colorVars` not cached yet with one style recalculation: each
   * `getComputedStyle` after a style write recalculates the whole shadow tree's style, so all are written
   * first (on hidden copies of the probes, removed again) and then read.
   */
  prefetch(probe: HTMLElement, g: SVGGElement, colorVars: readonly string[]): void {
    const vars = [...new Set(colorVars)];
    const colors = vars.filter((v) => !this._colors.has(v));
    const styles = vars.filter((v) => !this._clusterStyles.has(v));
    if (colors.length + styles.length < 2) return;
    const spans = colors.map((v) => {
      const span = document.createElement('span');
      span.style.color = `var(${v})`;
      return span;
    });
    const groups = styles.map((v) => {
      const copy = g.cloneNode(true) as SVGGElement;
      copy.style.setProperty('--_c', `var(${v})`);
      return copy;
    });
    probe.append(...spans);
    g.after(...groups);
    colors.forEach((v, i) => this._colors.set(v, getComputedStyle(spans[i]!).color));
    styles.forEach((v, i) => this.clusterStyle(groups[i]!, v));
    for (const node of [...spans, ...groups]) node.remove();
  }

  /** The colour `cssVar` resolves to, set as the probe's `color`. */
  color(probe: HTMLElement, cssVar: string): string {
    let c = this._colors.get(cssVar);
    if (c === undefined) {
      probe.style.color = `var(${cssVar})`;
      c = getComputedStyle(probe).color;
      this._colors.set(cssVar, c);
    }
    return c;
  }

  /**
   * Bubble styles, read once per theme and lane colour from the hidden
   * `part="cluster"` style source `g` (a group holding a rect and a text).
   */
  clusterStyle(g: SVGGElement, colorVar: string): ClusterStyle {
    let style = this._clusterStyles.get(colorVar);
    if (style) return style;
    g.style.setProperty('--_c', `var(${colorVar})`);
    const group = getComputedStyle(g);
    const bubble = getComputedStyle(g.querySelector('rect')!);
    const text = getComputedStyle(g.querySelector('text')!);
    const fontSize = parseFloat(text.fontSize) || 12;
    style = {
      fill: bubble.fill,
      stroke: bubble.stroke,
      strokeWidth: parseFloat(bubble.strokeWidth) || 0,
      textFill: text.fill,
      font: `${text.fontStyle} ${text.fontWeight} ${fontSize}px ${text.fontFamily}`,
      fontSize,
      opacity: Number(group.opacity),
    };
    this._clusterStyles.set(colorVar, style);
    return style;
  }
}
