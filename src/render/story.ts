import { html, svg, nothing, type SVGTemplateResult, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { NormalizedDataset } from '../data/normalize.js';
import type { StoryCard, StoryLayout } from '../layout/story.js';
import { STORY_BREAK_LINE } from '../layout/story-ticks.js';
import type { Tick } from '../layout/ticks.js';
import { cssomStyle } from './cssom-style.js';
import { symbolIcon } from './icons.js';
import { details } from './panels.js';
import { kindColor, kindSymbol } from './symbols.js';
import type { ViewText } from './text.js';

/** Space between span bars beside the axis, px. */
export const STORY_TRACK = 8;

/** Where the cards start: clear of the axis and of every span bar's column. */
export function storyCardInset(layout: StoryLayout): number {
  let tracks = 0;
  for (const c of layout.cards) tracks = Math.max(tracks, c.track);
  return layout.axis + 16 + tracks * STORY_TRACK;
}

export interface StoryHandlers {
  keydown(ev: KeyboardEvent): void;
  /** A card was clicked or tapped: it opens (or closes) its details in place. */
  cardClick(id: string, key: string): void;
  /** The details' close button or Escape. */
  close(): void;
}

export interface StoryProps {
  layout: StoryLayout;
  /** The cards to draw, by index (those near the viewport, the tab stop and the selected one), ascending. */
  drawn: readonly number[];
  /** The story px drawn (axis ticks, eras, pins): near the viewport; and the axis ticks in it. */
  band: readonly [number, number];
  ticks: readonly Tick[];
  selected: string | null;
  tabStop: string | null;
  /** The selected card's details: where they start, story px (below the card's head), or null. */
  detailsTop: number | null;
  dataset: NormalizedDataset;
  text: ViewText;
  /** The length of a compressed gap in words ("2 years"). */
  gapLabel(ms: number): string;
  /** Rules across the story at story px `y`: the publication (or reference) date, and now. */
  markers: readonly { y: number; label: string }[];
  on: StoryHandlers;
}

const px = (n: number) => `${Math.round(n * 10) / 10}px`;

/**
 * The vertical story: an axis at the inline-start edge with ticks, eras and
 * breaks; on it each event's symbol (or span bar, dotted when the date is
 * somewhere in it, fading at an open end), a leader to its card, and the
 * cards, a listbox in date order whose options give their position in the
 * whole set. Only the cards near the viewport are drawn. Inline offsets are
 * logical, so the whole mirrors in RTL; the SVG layer is mirrored by CSS.
 */
export function story(p: StoryProps): TemplateResult {
  const { layout, band } = p;
  const inset = storyCardInset(layout);
  const cards = p.drawn.map((i) => layout.cards[i]!);
  const s = p.text.strings;
  const inBand = (y0: number, y1: number) => y1 >= band[0] && y0 <= band[1];
  // The pins' box: the band, inside the story (its overflow is visible), so that it never makes the chart scroll.
  const pins = [Math.max(0, band[0]), Math.min(layout.height, band[1])] as const;
  const selected = cards.find((c) => c.event.id === p.selected);
  return html`<div
    class="story"
    part="story"
    style=${cssomStyle({ height: px(layout.height), '--_inset': px(inset), '--_axis': px(layout.axis) })}
  >
    <div class="story-axis" part="axis" aria-hidden="true">
      <div class="axis-line" style=${cssomStyle({ top: px(layout.scale.range()[0]), height: px(layout.length) })}></div>
      ${layout.eras
        .filter((e) => inBand(e.y0, e.y1))
        .map(
          (e) =>
            html`<div
              class=${`story-era${e.fadeTop ? ' fade-top' : ''}${e.fadeBottom ? ' fade-bottom' : ''}`}
              part="era"
              style=${cssomStyle({ top: px(e.y0), height: px(e.y1 - e.y0) })}
            >
              <span dir="auto">${e.era.title}</span>
            </div>`,
        )}
      ${p.ticks
        .filter((t) => t.label !== null)
        .map(
          (t) =>
            html`<div class="story-tick" style=${cssomStyle({ top: px(t.x) })}>
              <span part="tick-label">${t.label}</span>
            </div>`,
        )}
      ${layout.breaks.map(
        (b) =>
          html`<div
            class="story-break"
            style=${cssomStyle({ top: px(b.y0), height: px(Math.max(STORY_BREAK_LINE, b.y1 - b.y0)) })}
          >
            ${b.labelled ? html`<span>${p.gapLabel(b.t1 - b.t0)}</span>` : nothing}
          </div>`,
      )}
      ${p.markers.map(
        (m) =>
          html`<div class="story-marker" part="marker" style=${cssomStyle({ top: px(m.y) })}>
            <span>${m.label}</span>
          </div>`,
      )}
    </div>
    <svg
      class="story-pins"
      aria-hidden="true"
      width=${inset}
      height=${Math.max(1, pins[1] - pins[0])}
      style=${cssomStyle({ top: px(pins[0]) })}
    >
      <g transform=${`translate(0,${-pins[0]})`}>${repeat(
        cards,
        (c) => c.key,
        (c) => pin(c, layout.axis, inset, p.selected),
      )}</g>
    </svg>
    <div
      class="story-cards"
      role="listbox"
      aria-orientation="vertical"
      aria-label=${s.eventsInWindow}
      @keydown=${p.on.keydown}
    >
      ${repeat(
        cards,
        (c) => c.key,
        (c) => card(p, c, layout.cards.length),
      )}
    </div>
    ${
      selected && p.detailsTop !== null
        ? html`<div class="more" data-key=${selected.key} style=${cssomStyle({ top: px(p.detailsTop) })}>
            ${details({ event: selected.event, dataset: p.dataset, text: p.text, on: { close: p.on.close } })}
          </div>`
        : nothing
    }
  </div>`;
}

/** One card: the kind's symbol, the full title (wrapped), and the date as the source phrased it and in words. */
function card(p: StoryProps, c: StoryCard, count: number): TemplateResult {
  const e = c.event;
  const selected = e.id === p.selected;
  return html`<div
    role="option"
    class=${selected ? 'card selected' : 'card'}
    part=${selected ? 'event selected' : 'event'}
    data-event-id=${e.id}
    data-key=${c.key}
    tabindex=${c.key === p.tabStop ? '0' : '-1'}
    aria-label=${p.text.eventName(e)}
    aria-selected=${selected ? 'true' : 'false'}
    aria-posinset=${c.index + 1}
    aria-setsize=${count}
    style=${cssomStyle({ top: px(c.top), '--_c': kindColor(e.kind) })}
    @click=${() => p.on.cardClick(e.id, c.key)}
  >
    <span class="card-title">${symbolIcon(e.kind, 14)}<span dir="auto">${e.title}</span></span>
    <span class="when"
      >${e.dateText ? html`<q dir="auto">${e.dateText}</q>` : nothing} <span>${p.text.describe(e)}</span></span
    >
  </div>`;
}

/**
 * An event's place on the axis: its symbol (hollow when uncertain), over its
 * span bar when the date covers a stretch (dotted: somewhere in it; solid:
 * all of it; fading at an open end), and the leader to its card.
 */
function pin(c: StoryCard, axis: number, inset: number, selectedId: string | null): SVGTemplateResult {
  const sym = kindSymbol(c.event.kind);
  const x = axis + c.track * STORY_TRACK;
  const cardY = c.top + 14;
  const fade = c.fadeTop || c.fadeBottom ? ` fade-${c.fadeTop ? 't' : ''}${c.fadeBottom ? 'b' : ''}` : '';
  // Leaders run along one column just before the cards: a card pushed below its date hangs from it like a
  // bracket, and the leaders of a dense stretch merge into one line rather than a fan.
  const bus = inset - 8;
  const cls = `pin ${c.shape}${c.uncertain ? ' uncertain' : ''}${c.event.id === selectedId ? ' selected' : ''}`;
  return svg`<g class=${cls} style=${cssomStyle({ '--_c': kindColor(c.event.kind) })}>
    <path class="leader" d=${`M${x + 7},${c.anchor.toFixed(1)}H${bus}V${cardY.toFixed(1)}H${inset - 1}`}></path>
    ${
      c.shape === 'point'
        ? nothing
        : svg`<rect class=${`span${fade}`} x=${x - 4} y=${c.y0} width="8" height=${Math.max(1, c.y1 - c.y0)}
          rx=${c.shape === 'interval' ? 2 : 4}></rect>`
    }
    <path class="symbol" d=${sym.d} transform=${`translate(${x},${c.anchor.toFixed(1)})${
      sym.transform ? ` ${sym.transform}` : ''
    } scale(0.8)`}></path>
  </g>`;
}
