import { css } from 'lit';

/**
 * The article beside a timeline reads as the page's own text: it inherits the page's font, size, colour and
 * line height, and adds only highlights. Given a height by the page, it scrolls inside itself.
 */
export const articleStyles = css`
  :host {
    display: block;
    overflow: auto;
    overscroll-behavior: auto;
    color: inherit;
    font: inherit;
  }

  :host([hidden]) {
    display: none;
  }

  .text p {
    margin: 0 0 1em;
    white-space: pre-line;
    overflow-wrap: anywhere;
  }

  mark {
    color: inherit;
    background: none;
    box-decoration-break: clone;
    -webkit-box-decoration-break: clone;
  }

  mark[part~='quote'] {
    background: color-mix(in srgb, var(--_accent) 11%, transparent);
    border-block-end: 1px solid color-mix(in srgb, var(--_accent) 45%, transparent);
    cursor: pointer;
  }

  mark[part~='quote'].overlap {
    background: color-mix(in srgb, var(--_accent) 20%, transparent);
  }

  mark[part~='quote'][part~='selected'] {
    background: color-mix(in srgb, var(--_selection) 26%, transparent);
    border-block-end: 2px solid var(--_selection);
  }

  mark[part~='mention'] {
    text-decoration: underline dotted 2px;
    text-decoration-color: var(--_accent);
    text-underline-offset: 0.25em;
    font-weight: 600;
  }

  button[part~='event'] {
    display: inline-grid;
    place-items: center;
    inline-size: 1.5em;
    block-size: 1.5em;
    margin-inline-end: 0.25em;
    padding: 0;
    vertical-align: -0.3em;
    border: 1px solid var(--_grid);
    border-radius: 50%;
    background: var(--_surface);
    color: inherit;
    cursor: pointer;
  }

  button[part~='event'][part~='selected'] {
    border: 2px solid var(--_selection);
  }

  button[part~='event']:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  .state {
    color: var(--_text-muted);
    font-style: italic;
  }

  @media (forced-colors: active) {
    mark[part~='quote'] {
      background: Mark;
      color: MarkText;
      forced-color-adjust: none;
    }

    mark[part~='quote'][part~='selected'] {
      background: Highlight;
      color: HighlightText;
    }

    button[part~='event'] {
      border-color: ButtonText;
    }
  }
`;
