import type { TimelineEvent } from '../data/types.js';
import { dateShape, glyphSumWidth } from './text-width.js';

/** The card text's metrics in story.styles.ts: padding and border, title and date lines, their scale to 13 px. */
const CARD = { chrome: 18, title: 19, when: 16, titleScale: 1.14, whenScale: 0.93, textInset: 44 };

/**
 * The story's card heights before the cards are measured: each title's and date line's wrapped lines, from
 * character widths measured once (see text-width.ts), and each date line's description measured once per date
 * shape. Pure: the measuring is passed in. Keeps what it measured until `clear()` (new data, width or font).
 */
export class CardEstimates {
  /** Each character's width (see `glyphSumWidth`). */
  private readonly _glyphs = new Map<string, number>();
  /** The width of a date line's description, by date shape (see `dateShape`). */
  private readonly _described = new Map<string, number>();

  clear(): void {
    this._glyphs.clear();
    this._described.clear();
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
    const text = Math.max(80, cardWidth - CARD.textInset);
    const lines = (w: number, k: number) => Math.max(1, Math.ceil((w * k) / text));
    const sum = (s: string) => glyphSumWidth(s, measure, this._glyphs);
    // The date line: the source's words, then the date described, whose width is taken once per date shape.
    const shape = e.date ? dateShape(e.date) : null;
    const described = (shape ? this._described.get(shape) : null) ?? sum(when(e)) - sum(e.dateText ?? '');
    if (shape) this._described.set(shape, described);
    const whenWidth = sum(e.dateText ?? '') + described;
    return (
      CARD.chrome + CARD.title * lines(sum(e.title), CARD.titleScale) + CARD.when * lines(whenWidth, CARD.whenScale)
    );
  }
}
