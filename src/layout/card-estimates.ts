import type { TimelineEvent } from '../data/types.js';
import { dateShape, glyphSumWidth, glyphWidths } from './text-width.js';

/** The card text's metrics in story.styles.ts: padding and border, title and date lines, their scale to 13 px. */
const CARD = { chrome: 18, title: 19, when: 16, titleScale: 1.14, whenScale: 0.93, textInset: 44 };

/**
 * The story's card heights before the cards are measured: each title's and date line's wrapped lines, from
 * character widths measured once (see text-width.ts), and each date line's description measured once per date
 * shape. Pure: the measuring is passed in. Keeps what it measured, and each event's estimate, while the card's
 * width, `measure` and `when` stay the same functions (a new font or language brings new ones), or until `clear()`.
 */
export class CardEstimates {
  /** Each character's width (see `glyphSumWidth`). */
  private _glyphs = glyphWidths();
  /** The width of a date line's description, by date shape (see `dateShape`). */
  private readonly _described = new Map<number, number>();
  /**
   * Each event's estimate: events are not changed once normalized, so a view that hides a kind estimates none of
   * the others again (95 ms at 100,000 events).
   */
  private _heights = new WeakMap<TimelineEvent, number>();
  private _key: readonly unknown[] = [];

  clear(): void {
    this._glyphs = glyphWidths();
    this._described.clear();
    this._heights = new WeakMap();
    this._key = [];
  }

  /**
   * The estimated height of `e`'s card, px, in a card `cardWidth` px wide: `measure` gives a text's width at the
   * story's font size, and `when` the words of the card's date line.
   */
  height(
    e: TimelineEvent,
    cardWidth: number,
    measure: (s: string) => number,
    when: (e: TimelineEvent) => string,
  ): number {
    const key = this._key;
    if (key[0] !== cardWidth || key[1] !== measure || key[2] !== when) {
      if (key[1] !== measure) this._glyphs = glyphWidths();
      this._described.clear();
      this._heights = new WeakMap();
      this._key = [cardWidth, measure, when];
    }
    const known = this._heights.get(e);
    if (known !== undefined) return known;
    const text = Math.max(80, cardWidth - CARD.textInset);
    const glyphs = this._glyphs;
    // The date line: the source's words, then the date described, whose width is taken once per date shape.
    const own = e.dateText ? glyphSumWidth(e.dateText, measure, glyphs) : 0;
    const shape = e.date ? dateShape(e.date) : -1;
    let described = shape < 0 ? undefined : this._described.get(shape);
    if (described === undefined) {
      described = glyphSumWidth(when(e), measure, glyphs) - own;
      if (shape >= 0) this._described.set(shape, described);
    }
    const titleLines = Math.max(1, Math.ceil((glyphSumWidth(e.title, measure, glyphs) * CARD.titleScale) / text));
    const whenLines = Math.max(1, Math.ceil(((own + described) * CARD.whenScale) / text));
    const height = CARD.chrome + CARD.title * titleLines + CARD.when * whenLines;
    this._heights.set(e, height);
    return height;
  }
}
