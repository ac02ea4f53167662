import { css } from 'lit';

/**
 * The vertical story: the axis at the inline-start edge (logical properties,
 * so it mirrors in RTL), the pins and leaders (an SVG mirrored in RTL), the
 * cards and a selected card's details in place. The cards' font sizes, line
 * heights, padding and border are fixed here because the story controller
 * estimates card heights from them before a card is measured (`CARD` there).
 */
export const storyStyles = css`
  /* The story is part of the page: no frame around it. */
  .chart.vertical {
    border-color: transparent;
  }

  .story {
    position: relative;
    min-height: 120px;
    /* One finger scrolls the page; a pinch zooms the story (story-controller.ts). */
    touch-action: pan-y;
  }

  .story-axis,
  .story-axis > *,
  .story-pins,
  .story .card,
  .story .more {
    position: absolute;
    inset-inline-start: 0;
  }

  .story-axis {
    inset: 0;
    pointer-events: none;
    color: var(--_text-muted);
    /* STORY_TICK_PX (layout/story-ticks.ts): the column's width is measured at this size. */
    font-size: 11px;
    line-height: 14px;
  }

  .story .axis-line {
    inset-inline-start: calc(var(--_axis) - 1px);
    width: 2px;
    background: var(--_grid);
  }

  /* Labels right of the era's title column (16 px), ending at the axis. */
  .story-tick,
  .story-break {
    display: flex;
    align-items: center;
    justify-content: flex-end;
    inset-inline-start: 16px;
    width: calc(var(--_axis) - 18px);
    white-space: nowrap;
  }

  .story-tick {
    gap: 4px;
    transform: translateY(-50%);
  }

  /* A tick within a day: its day over its time (storyTickLabel). */
  .story-tick span {
    white-space: pre-line;
    text-align: end;
  }

  .story-tick::after {
    content: '';
    width: 6px;
    border-top: 1px solid;
  }

  .story-era {
    width: calc(var(--_axis) + 6px);
    background: var(--_era);
  }

  .story-era.fade-top {
    mask-image: linear-gradient(transparent, #000 48px);
  }

  .story-era.fade-bottom {
    mask-image: linear-gradient(#000 calc(100% - 48px), transparent);
  }

  .story-era span {
    position: sticky;
    /* In the chart's own scroll box, or (data-flow) in the page's, below its fixed header. */
    top: 4px;
    display: block;
    max-height: 100%;
    overflow: hidden;
    /* One line down the era, cut where the era ends (zoomed out, an era can be shorter than its title). */
    white-space: nowrap;
    text-overflow: ellipsis;
    padding: 6px 2px;
    writing-mode: vertical-rl;
    font-size: 10px;
    font-weight: 600;
    text-transform: uppercase;
  }

  .chart[data-flow] .story-era span {
    top: calc(var(--_sticky-top) + 4px);
  }

  /* The publication date (or the reference date, or now): a dashed rule across the story, behind the cards, named
     in the tick column. */
  .story-marker {
    inset-inline: 16px 0;
    border-top: 1.5px dashed var(--_marker);
    color: var(--_marker);
    font-weight: 600;
  }

  .story-marker span {
    position: absolute;
    top: 1px;
    inset-inline-start: 0;
    width: calc(var(--_axis) - 34px);
    text-align: end;
    white-space: nowrap;
  }

  /* A compressed gap: the axis cut between two slashes, with the gap's length. */
  .story-break {
    padding-inline-end: 12px;
    font-style: italic;
  }

  .story-break::before {
    --_slash: linear-gradient(160deg, transparent 46%, currentColor 46% 54%, transparent 54%);
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: calc(var(--_axis) - 23px);
    width: 14px;
    background:
      var(--_slash) top / 100% 8px no-repeat,
      var(--_slash) bottom / 100% 8px no-repeat,
      linear-gradient(var(--_surface) 0 0) center / 4px calc(100% - 14px) no-repeat;
  }

  .story-pins {
    overflow: visible;
    pointer-events: none;
  }

  [dir='rtl'] .story-pins {
    transform: scaleX(-1);
  }

  .pin .leader {
    fill: none;
    stroke: var(--_text-muted);
    stroke-opacity: 0.55;
  }

  .pin.selected .leader {
    stroke: var(--_selection);
    stroke-opacity: 1;
    stroke-width: 2;
  }

  .pin .span {
    fill: var(--_c);
    fill-opacity: 0.28;
    stroke: var(--_c);
    stroke-width: 1.5;
  }

  .pin.fuzzy .span {
    fill-opacity: 0.1;
    stroke-dasharray: 2 3;
  }

  /* Measured from the stroke box: from the fill box, the fade cut the outline's outer half at one end. */
  .pin .fade-t,
  .pin .fade-b,
  .pin .fade-tb {
    mask-origin: stroke-box;
  }

  .pin .fade-t {
    mask-image: linear-gradient(transparent, #000);
  }

  .pin .fade-b {
    mask-image: linear-gradient(#000, transparent);
  }

  .pin .fade-tb {
    mask-image: linear-gradient(transparent, #000 50%, transparent);
  }

  .pin .symbol {
    fill: var(--_c);
    stroke: var(--_surface);
    stroke-width: 1.5;
  }

  .pin.uncertain .symbol {
    fill: var(--_surface);
    stroke: var(--_c);
    stroke-width: 2;
  }

  .story .card,
  .story .more {
    inset-inline: var(--_inset) 0;
    overflow-wrap: anywhere;
  }

  .story .card {
    display: flex;
    flex-direction: column;
    gap: 2px;
    padding: 7px 10px;
    border: 1px solid var(--_grid);
    border-inline-start: 3px solid var(--_c);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }

  .story .card.selected,
  .more .details {
    border-color: var(--_selection);
    border-inline-start: 3px solid var(--_c);
    background: var(--_surface-alt);
  }

  .story .card.selected {
    border-end-start-radius: 0;
    border-end-end-radius: 0;
  }

  .more .details {
    padding: 4px 10px 10px;
    border-top: 0;
    border-start-start-radius: 0;
    border-start-end-radius: 0;
    font-size: 12px;
  }

  /* The card above already shows the title and kind; the terms stack above their values in a narrow card. */
  .more h2,
  .more .kind-chip {
    display: none;
  }

  .more .details dl {
    grid-template-columns: minmax(0, 1fr);
    margin: 4px 28px 8px 0;
  }

  .more .details dd {
    margin-block-end: 4px;
  }

  .card-title {
    display: flex;
    gap: 6px;
    font-size: 14px;
    line-height: 19px;
    font-weight: 600;
  }

  .card-title svg {
    flex: none;
    margin-top: 2.5px;
  }

  .card .when {
    padding-inline-start: 20px;
    color: var(--_text-muted);
    font-size: 12px;
    line-height: 16px;
  }

  .card q {
    color: var(--_text);
    font-style: italic;
  }

  .card q + span::before {
    content: '· ';
  }

  @media (forced-colors: active) {
    .story .card {
      border-color: CanvasText;
    }
  }
`;
