import { css, unsafeCSS } from 'lit';

/** The default font stack (`--event-timeline-font` replaces it). */
export const FONT_STACK = "system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans Arabic', sans-serif";

/**
 * The theme every element of the library shares: defaults (--_d-*), each a light-dark() pair chosen by
 * color-scheme, the `theme` attribute, and the public --event-timeline-* custom properties read once into
 * private --_* ones. Without a theme attribute an element inherits the page's color-scheme: light, unless the
 * page declares a dark one (a guest takes the host's colours, not the reader's OS).
 */
export const themeTokens = css`
  /*
   * Theme defaults (--_d-*), each a light-dark() pair, chosen by color-scheme.
   * Without a theme attribute the element inherits the page's color-scheme:
   * light, unless the page declares a dark one (a guest takes the host's
   * colours, not the reader's OS). "light" and "dark" force a scheme, and
   * "auto" lets the reader's preference choose.
   */
  :host {
    --_d-surface: light-dark(#ffffff, #14171c);
    --_d-surface-alt: light-dark(#f4f5f7, #1b1f26);
    --_d-text: light-dark(#1b1f24, #e6e9ee);
    --_d-text-muted: light-dark(#57606a, #a7b0bb);
    --_d-grid: light-dark(#d0d7de, #3a414c);
    --_d-accent: light-dark(#0b5cad, #6cb6ff);
    --_d-focus: light-dark(#0b5cad, #6cb6ff);
    --_d-selection: light-dark(#b35c00, #ffcc4d);
    --_d-era: light-dark(rgb(11 92 173 / 0.07), rgb(108 182 255 / 0.08));
    --_d-marker: light-dark(#b3261e, #ff7b72);
    --_d-visit: light-dark(#1f6fb5, #6cb6ff);
    --_d-meeting: light-dark(#6a3fb5, #b69cff);
    --_d-agreement: light-dark(#0f7b55, #4fd19a);
    --_d-deal: light-dark(#b4410c, #ff9f5a);
    --_d-deployment: light-dark(#b3261e, #ff7b72);
    --_d-statement: light-dark(#8a5a00, #e3b341);
    --_d-application: light-dark(#0e6e85, #4dd0e1);
    --_d-publication: light-dark(#b0306a, #ff8cc6);
    --_d-other: light-dark(#4b5563, #b0b8c4);
  }

  :host([theme='auto']) {
    color-scheme: light dark;
  }

  :host([theme='light']) {
    color-scheme: light;
  }

  :host([theme='dark']) {
    color-scheme: dark;
  }

  /*
   * Public --event-timeline-* custom properties are read once here into
   * private --_* ones; the rest of this sheet and the view sheets
   * (src/render/*.styles.ts) use only the private names.
   */
  :host {
    --_surface: var(--event-timeline-surface, var(--_d-surface));
    --_surface-alt: var(--event-timeline-surface-alt, var(--_d-surface-alt));
    --_text: var(--event-timeline-text, var(--_d-text));
    --_text-muted: var(--event-timeline-text-muted, var(--_d-text-muted));
    --_grid: var(--event-timeline-grid, var(--_d-grid));
    --_accent: var(--event-timeline-accent, var(--_d-accent));
    --_focus: var(--event-timeline-focus, var(--_d-focus));
    --_selection: var(--event-timeline-selection, var(--_d-selection));
    --_era: var(--event-timeline-era, var(--_d-era));
    --_marker: var(--event-timeline-marker, var(--_d-marker));
    --_font-stack: ${unsafeCSS(FONT_STACK)};
    --_font: var(--event-timeline-font, var(--_font-stack));
    --_font-size: var(--event-timeline-font-size, 13px);
    --_radius: var(--event-timeline-radius, 6px);
    --_sticky-top: var(--event-timeline-sticky-top, 0px);
    --_kind-visit: var(--event-timeline-kind-visit, var(--_d-visit));
    --_kind-meeting: var(--event-timeline-kind-meeting, var(--_d-meeting));
    --_kind-agreement: var(--event-timeline-kind-agreement, var(--_d-agreement));
    --_kind-deal: var(--event-timeline-kind-deal, var(--_d-deal));
    --_kind-deployment: var(--event-timeline-kind-deployment, var(--_d-deployment));
    --_kind-statement: var(--event-timeline-kind-statement, var(--_d-statement));
    --_kind-application: var(--event-timeline-kind-application, var(--_d-application));
    --_kind-publication: var(--event-timeline-kind-publication, var(--_d-publication));
    --_kind-other: var(--event-timeline-kind-other, var(--_d-other));
  }
`;
