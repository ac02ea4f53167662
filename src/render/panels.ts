import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { NormalizedDataset } from '../data/normalize.js';
import type { Problem } from '../data/problems.js';
import type { TimelineEvent } from '../data/types.js';
import { splitQuoted } from '../format/quoted.js';
import type { TimelineStrings } from '../i18n/strings.js';
import type { MarkLayout } from '../layout/marks.js';
import type { UndatedItem } from '../layout/undated.js';
import { cssomStyle } from './cssom-style.js';
import { symbolIcon } from './icons.js';
import { AXIS_HEIGHT } from './plot.js';
import { kindColor } from './symbols.js';
import type { ViewText } from './text.js';

/** At most this many problems are listed; a line says how many more there are. */
const MAX_LISTED = 50;

export interface TooltipProps {
  /** The hovered event; `x` and `y` (plot px) when it was found over a density band, not as a mark. */
  hover: { event: TimelineEvent; lane: number; x?: number; y?: number } | null;
  layout: MarkLayout | null;
  width: number;
  text: ViewText;
  /** Changes when the text must be written again (the language, the data). */
  textKey: readonly unknown[];
}

/**
 * The hover and focus tooltip, below its mark (or the pointer over a band),
 * anchored on the side with room. Its text is guarded, so a zoom under a
 * resting pointer only moves it.
 */
export function tooltip(p: TooltipProps): TemplateResult | typeof nothing {
  const { hover, layout, width } = p;
  if (!hover || !layout) return nothing;
  const m = layout.marks.find((x) => x.event.id === hover.event.id && x.lane === hover.lane);
  if (!m && hover.x === undefined) return nothing;
  const e = hover.event;
  const cx = m ? m.cx : hover.x!;
  const y = m ? AXIS_HEIGHT + m.cy + 18 : hover.y! + 18;
  const anchorRight = cx > width * 0.6;
  const style = anchorRight
    ? { top: `${y}px`, right: `${Math.max(4, width - cx - 16)}px` }
    : { top: `${y}px`, left: `${Math.max(4, cx - 16)}px` };
  const s = p.text.strings;
  return html`<div class="tooltip" part="tooltip" role="tooltip" style=${cssomStyle(style)}>
    <slot name="tooltip">
      ${guard(
        [e, ...p.textKey],
        () => html`<strong><bdi>${e.title}</bdi></strong>
          <span class="when">${e.dateText ? `${s.quote(e.dateText)}: ` : nothing}${p.text.describe(e)}</span>`,
      )}
    </slot>
  </div>`;
}

/** Whether the reader's keyboard has ⌘ rather than Ctrl. */
const MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/**
 * How to zoom, over the plot, after a plain wheel went to the page; it fades.
 * Hidden from assistive technology: the keyboard zooms without it.
 */
export function gestureHint(show: boolean, strings: TimelineStrings): TemplateResult {
  return html`<div class=${show ? 'gesture-hint shown' : 'gesture-hint'} part="gesture-hint" aria-hidden="true">
    ${strings.zoomHint(MAC)}
  </div>`;
}

/** The loading, error, empty or all-filtered message over the plot, or nothing. */
export function stateMessage(
  strings: TimelineStrings,
  state: 'idle' | 'loading' | 'ready' | 'error',
  errorMessage: string,
  counts: { events: number; shown: number; invalid: number } | null,
): TemplateResult | typeof nothing {
  const s = strings;
  if (state === 'loading') return html`<div class="state" part="state" role="status">${s.loading}</div>`;
  if (state === 'error')
    return html`<div class="state error" part="state" role="alert">${s.loadError(errorMessage)}</div>`;
  if (!counts) return nothing;
  if (counts.events === 0) {
    const text = counts.invalid ? `${s.empty} ${s.invalidRecords(counts.invalid)}` : s.empty;
    return html`<div class="state" part="state" role="status">${text}</div>`;
  }
  if (counts.shown === 0) return html`<div class="state" part="state" role="status">${s.allFiltered}</div>`;
  return nothing;
}

/** Why records were skipped (errors first), then what was dropped or adjusted, even when nothing could be drawn. */
export function problemsPanel(strings: TimelineStrings, problems: readonly Problem[]): TemplateResult | typeof nothing {
  const s = strings;
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity !== 'error');
  if (!errors.length && !warnings.length) return nothing;
  const shown = [...errors, ...warnings].slice(0, MAX_LISTED);
  const summary = [
    errors.length ? s.invalidRecords(errors.length) : '',
    warnings.length ? s.warnings(warnings.length) : '',
  ]
    .filter(Boolean)
    .join(' ');
  return html`<details class="problems" part="problems">
    <summary>${summary}</summary>
    <ul>
      ${shown.map(
        // Each quoted value in its own <bdi>, inside its quotes: an override or isolate in a title or id
        // stays inside it.
        (p) =>
          html`<li class=${p.severity} dir="auto">${splitQuoted(p.message).map((part) =>
            part.quoted ? html`"<bdi>${part.text.slice(1, -1)}</bdi>"` : part.text,
          )}</li>`,
      )}
      ${
        errors.length + warnings.length > MAX_LISTED
          ? html`<li>${s.moreProblems(errors.length + warnings.length - MAX_LISTED)}</li>`
          : nothing
      }
    </ul>
  </details>`;
}

export interface UndatedProps {
  items: readonly UndatedItem[];
  text: ViewText;
  selected: string | null;
  /** The key holding the events' single tab stop. */
  tabStop: string | null;
  on: {
    select(id: string, key: string): void;
    keydown(ev: KeyboardEvent): void;
    focus(key: string): void;
  };
}

/** The shelf of undated events, after the plot, each with the relation that places it. */
export function undatedShelf(p: UndatedProps): TemplateResult | typeof nothing {
  if (p.items.length === 0) return nothing;
  const s = p.text.strings;
  return html`<section class="undated" part="undated" aria-labelledby="undated-heading">
    <h2 id="undated-heading">${s.undated}</h2>
    <p>${s.undatedHint}</p>
    <ul role="listbox" aria-orientation="horizontal" aria-labelledby="undated-heading">
      ${p.items.map(({ event: e, relation }) => {
        const key = `u:${e.id}`;
        const selected = e.id === p.selected;
        return html`<li role="none">
          <div
            role="option"
            part=${selected ? 'event selected' : 'event'}
            class=${selected ? 'undated-event selected' : 'undated-event'}
            data-event-id=${e.id}
            data-key=${key}
            tabindex=${key === p.tabStop ? '0' : '-1'}
            aria-label=${p.text.eventName(e)}
            aria-selected=${selected ? 'true' : 'false'}
            style=${cssomStyle({ '--_c': kindColor(e.kind) })}
            @click=${() => p.on.select(e.id, key)}
            @keydown=${p.on.keydown}
            @focus=${() => p.on.focus(key)}
          >
            ${symbolIcon(e.kind)}<span dir="auto">${e.title}</span>
          </div>
          ${relation ? html`<span class="relation" aria-hidden="true">${relationText(s, relation)}</span>` : nothing}
        </li>`;
      })}
    </ul>
  </section>`;
}

/** Below this plot width (px), the details open as a sheet at the bottom of the viewport. */
export const SHEET_MAX_WIDTH = 640;

export interface DetailsProps {
  event: TimelineEvent;
  dataset: NormalizedDataset;
  text: ViewText;
  /** The plot's width: below `SHEET_MAX_WIDTH`, the details are a bottom sheet (absent or 0: a panel). */
  width?: number;
  /** `swipeStart`: a pointer went down on the sheet's grip (a swipe down closes the sheet). */
  on: { close(): void; swipeStart?(ev: PointerEvent): void };
}

/**
 * The details of the selected event: its dates, actors, place, source quote,
 * media and links.
 *
 * Wide, a complementary panel beside or below the plot. Narrow (a phone), a
 * non-modal dialog: a sheet stuck to the bottom of the viewport while the
 * element is in view (`position: sticky`, so it never leaves the element's
 * box), with a grip to swipe it down. Non-modal, because a guest on a news
 * page must not make the page inert: the reader can still scroll the article
 * and tap another event, which the sheet then shows. Where sticky cannot stick
 * (an ancestor that clips overflow), it stays in its place below the plot,
 * and the selection controller scrolls it into view.
 */
export function details(p: DetailsProps): TemplateResult {
  const { event: e, text } = p;
  const s = text.strings;
  const source = p.dataset.source;
  const sourceUrl = e.source?.url ?? source?.url;
  const sheet = !!p.width && p.width < SHEET_MAX_WIDTH;
  const swipe = (ev: PointerEvent) => p.on.swipeStart?.(ev);
  return html`<section
    class=${sheet ? 'details sheet' : 'details'}
    part="details"
    role=${sheet ? 'dialog' : 'complementary'}
    tabindex=${ifDefined(sheet ? '-1' : undefined)}
    aria-labelledby="details-heading"
    style=${cssomStyle({ '--_c': kindColor(e.kind) })}
    @keydown=${(ev: KeyboardEvent) => {
      if (ev.key === 'Escape') {
        ev.stopPropagation();
        p.on.close();
      }
    }}
  >
    ${sheet ? html`<div class="grip" aria-hidden="true" @pointerdown=${swipe}></div>` : nothing}
    <div class="body">
      <slot name="details">
        <h2 id="details-heading"><bdi>${e.title}</bdi></h2>
        <span class="kind-chip">${symbolIcon(e.kind)} ${text.kindName(e.kind)}</span>
        <dl>
          ${e.dateText ? html`<dt>${s.datePhrase}</dt><dd>${s.quote(e.dateText)}</dd>` : nothing}
          <dt>${s.resolvedDate}</dt>
          <dd>${text.describe(e)}</dd>
          ${e.actors.length ? html`<dt>${s.actors}</dt><dd><bdi>${e.actors.join(', ')}</bdi></dd>` : nothing}
          ${e.place ? html`<dt>${s.place}</dt><dd><bdi>${e.place}</bdi></dd>` : nothing}
          ${
            e.color
              ? html`<dt>${s.color}</dt>
                  <dd><span class="swatch" style=${cssomStyle({ '--_swatch': e.color })}></span>${e.color}</dd>`
              : nothing
          }
          ${
            e.corroboration
              ? html`<dt>${s.corroboration}</dt>
                <dd>
                  ${text.date(e.corroboration.parsed)}: ${e.corroboration.note}${
                    e.corroboration.url
                      ? [
                          ' ',
                          html`<a href=${e.corroboration.url} target="_blank" rel="noopener noreferrer"
                            >${new URL(e.corroboration.url).hostname}</a
                          >`,
                        ]
                      : nothing
                  }
                </dd>`
              : nothing
          }
        </dl>
        ${e.summary ? html`<p dir="auto">${e.summary}</p>` : nothing}
        ${
          e.source
            ? html`<figure>
              <blockquote part="source-quote" dir="auto" cite=${sourceUrl ?? nothing}>${e.source.quote}</blockquote>
              <figcaption>
                ${s.source}: ${source?.title ?? ''}${source?.publisher ? `, ${source.publisher}` : ''}${
                  sourceUrl
                    ? [' · ', html`<a href=${sourceUrl} target="_blank" rel="noopener noreferrer">${s.openSource}</a>`]
                    : nothing
                }
              </figcaption>
            </figure>`
            : nothing
        }
        ${e.media ? media(e.media) : nothing}
        ${
          e.links.length
            ? html`<h3>${s.links}</h3>
              <ul>
                ${e.links.map(
                  (l) =>
                    html`<li><a href=${l.url} target="_blank" rel="noopener noreferrer">${l.label ?? l.url}</a></li>`,
                )}
              </ul>`
            : nothing
        }
      </slot>
    </div>
    <button class="close" type="button" aria-label=${s.close} title=${s.close} @click=${p.on.close}>×</button>
  </section>`;
}

function media(m: NonNullable<TimelineEvent['media']>): TemplateResult {
  const caption =
    m.caption || m.credit
      ? html`<figcaption>${m.caption ?? ''} ${m.credit ? html`<small>${m.credit}</small>` : nothing}</figcaption>`
      : nothing;
  return html`<figure><img src=${m.url} alt=${m.caption ?? ''} loading="lazy" />${caption}</figure>`;
}

/** What places an undated event: before or after another. */
function relationText(s: ViewText['strings'], r: NonNullable<UndatedItem['relation']>): string {
  return r.kind === 'before' ? s.beforeEvent(r.other.title) : s.afterEvent(r.other.title);
}
