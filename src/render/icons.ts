import { html, nothing, type TemplateResult } from 'lit';
import { kindColor, kindSymbol } from './symbols.js';

/** A kind's symbol as a small inline SVG in its colour, hidden from assistive technology. */
export function symbolIcon(kind: string, size = 14): TemplateResult {
  const sym = kindSymbol(kind);
  return html`<svg width=${size} height=${size} viewBox="-11 -11 22 22" aria-hidden="true">
    <path d=${sym.d} transform=${sym.transform ?? nothing} fill=${kindColor(kind)}></path>
  </svg>`;
}
