/**
 * Measures label widths with a canvas 2D context in the element's font,
 * caching each string: layout asks about every visible label on every frame.
 */
export class TextMeasurer {
  private _ctx: CanvasRenderingContext2D | null = null;
  private _cache = new Map<string, number>();
  private _font = '';

  /** The CSS font shorthand text is measured in. */
  get font(): string {
    return this._font;
  }

  /** The font's size, px, from its shorthand ("13px system-ui"): 13 until a font is set. */
  get size(): number {
    return parseFloat(this._font) || 13;
  }

  set font(font: string) {
    if (font === this._font) return;
    this._font = font;
    this._cache.clear();
    if (this._ctx) this._ctx.font = font;
  }

  /** Width in px of `text` at `scale` times the font size. */
  width(text: string, scale = 1): number {
    const key = scale === 1 ? text : `${scale}\u0000${text}`;
    let w = this._cache.get(key);
    if (w === undefined) {
      if (!this._ctx) {
        this._ctx = document.createElement('canvas').getContext('2d');
        if (this._ctx) this._ctx.font = this._font;
      }
      // Without a canvas (very old engines) fall back to an average glyph width.
      const base = this._ctx ? this._ctx.measureText(text).width : text.length * 7;
      w = base * scale;
      if (this._cache.size > 20_000) this._cache.clear();
      this._cache.set(key, w);
    }
    return w;
  }
}
