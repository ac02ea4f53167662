import { html, nothing, type TemplateResult } from 'lit';
import type { DatasetSource } from '../data/types.js';
import type { UncertainDate } from '../data/uncertain-date.js';
import type { ViewText } from './text.js';

/** Only web links are followed: a `javascript:` or `data:` URL never becomes a link. */
const isWebUrl = (url: string | undefined): url is string => !!url && /^https?:\/\//i.test(url);

/**
 * The credit line under the plot: where the events come from. The source's
 * title (linked when it has an http(s) URL), its publisher and its date in
 * the element's locale; nothing when the dataset names no source.
 */
export function credit(
  source: DatasetSource | null,
  published: UncertainDate | null,
  text: ViewText,
): TemplateResult | typeof nothing {
  if (!source?.title) return nothing;
  const s = text.strings;
  const title = isWebUrl(source.url)
    ? html`<a href=${source.url} target="_blank" rel="noopener noreferrer"><bdi>${source.title}</bdi></a>`
    : html`<bdi>${source.title}</bdi>`;
  const parts = [
    source.publisher ? html`<bdi>${source.publisher}</bdi>` : null,
    published ? text.date(published) : null,
  ];
  return html`<p class="credit" part="credit">
    ${s.source}: ${title}${parts.filter((p) => p !== null).map((p) => html`${s.creditSeparator}${p}`)}
  </p>`;
}
