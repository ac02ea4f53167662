import { html, nothing, type TemplateResult } from 'lit';
import type { ArticleEvent, ArticleParagraph, ArticleRun } from '../layout/article.js';
import { symbolIcon } from './icons.js';

export interface ArticleArgs {
  paragraphs: readonly ArticleParagraph[];
  events: ReadonlyMap<string, ArticleEvent>;
  selected: string | null;
  /** The accessible name of an event's stop (its button before the quote). */
  name: (e: ArticleEvent) => string;
  /** Activates an event: by its stop (click, Enter, Space) or a click on its highlighted words. */
  activate: (id: string) => void;
}

/**
 * The article as text, never as HTML: each paragraph a `<p>`, each event's quote a `<mark part="quote">` run
 * (cut where highlights overlap), each date mention a `<mark part="mention">` inside, and before each quote a
 * button (`part="event"`, `data-event-id`) that is its keyboard stop and carries the event's name.
 */
export function article(a: ArticleArgs): TemplateResult {
  const click = (ev: Event) => {
    const hit = (ev.target as Element).closest?.('[data-event-id]');
    const id = hit?.getAttribute('data-event-id');
    if (id) a.activate(id);
  };
  return html`<div class="text" part="text" @click=${click}>
    ${a.paragraphs.map((p) => html`<p dir="auto">${p.runs.map((r) => run(r, a))}</p>`)}
  </div>`;
}

function run(r: ArticleRun, a: ArticleArgs): TemplateResult {
  const stops = r.starts.map((id) => stop(id, a));
  let body: TemplateResult | string = r.text;
  if (r.mention) {
    const id = r.mention.id;
    body = html`<mark part=${id && id === a.selected ? 'mention selected' : 'mention'} data-event-id=${id ?? nothing}
      >${body}</mark
    >`;
  }
  if (r.quotes.length) {
    // The innermost quote is the one a click on these words means; every covering quote shares the highlight.
    const inner = r.quotes[r.quotes.length - 1]!;
    const selected = a.selected !== null && r.quotes.includes(a.selected);
    body = html`<mark
      part=${selected ? 'quote selected' : 'quote'}
      class=${r.quotes.length > 1 ? 'overlap' : ''}
      data-event-id=${inner}
      >${body}</mark
    >`;
  }
  return html`${stops}${body}`;
}

function stop(id: string, a: ArticleArgs): TemplateResult | typeof nothing {
  const e = a.events.get(id);
  if (!e) return nothing;
  const on = id === a.selected;
  return html`<button
    type="button"
    part=${on ? 'event selected' : 'event'}
    data-event-id=${id}
    aria-label=${a.name(e)}
    aria-current=${on ? 'true' : 'false'}
  >
    ${symbolIcon(e.kind ?? 'other', 12)}
  </button>`;
}
