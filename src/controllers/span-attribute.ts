import { parseDuration } from '../data/duration.js';

/**
 * A `min-span` or `max-span` attribute in ms, parsed again only when its text changes. An empty or missing value
 * gives `fallback`; an unreadable one is reported once (a console warning naming the attribute) and gives
 * `fallback` too.
 */
export class SpanAttribute {
  private _text: string | null | undefined = undefined;
  private _ms: number | null;
  private readonly _name: string;
  private readonly _fallback: number | null;

  constructor(name: string, fallback: number | null) {
    this._name = name;
    this._fallback = fallback;
    this._ms = fallback;
  }

  /** The span `text` gives, in ms. */
  ms(text: string | null): number | null {
    if (text === this._text) return this._ms;
    this._text = text;
    this._ms = this._fallback;
    if (text) {
      try {
        this._ms = parseDuration(text);
      } catch (e) {
        console.warn(`<event-timeline>: ${this._name}: ${(e as Error).message}`);
      }
    }
    return this._ms;
  }
}
