/**
 * CSV export in our own columns, apart from the CSV importer (`csv.ts`) so
 * that the element's `toCSV()` does not pull the importers into the
 * single-file bundle's first file.
 *
 * Rows are written as d3-dsv's `csvFormatRows` writes them (a test holds the two equal), by hand: importing it
 * took all of d3-dsv (its parser too) into the single-file bundle's first file, 0.9 kB gzip.
 */
import type { TimelineEvent } from './types.js';

/**
 * Our own columns, in the order {@link toCsv} writes them. Lists in one cell:
 * `actors`, `before` and `after` are separated by `;`; `links` has one link
 * per line, written `label | url` or just `url` (the URL is what follows the
 * last `|`, so labels may contain `|` but not line breaks). An empty `date`
 * cell is an undated event.
 */
export const CSV_COLUMNS = [
  'id',
  'title',
  'kind',
  'date',
  'dateText',
  'actors',
  'place',
  'summary',
  'source_quote',
  'source_start',
  'source_end',
  'source_url',
  'links',
  'media_url',
  'media_caption',
  'media_credit',
  'before',
  'after',
  'group',
  'corroboration_date',
  'corroboration_note',
  'corroboration_url',
  'color',
] as const;

/**
 * Writes events in our own columns ({@link CSV_COLUMNS}), so that
 * `normalize(parseCsv(toCsv(events)))` gives the same events back. Line
 * breaks in link labels become spaces; actors and ids must not contain `;`,
 * nor link URLs `|`.
 */
export function toCsv(events: readonly TimelineEvent[]): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const e of events) {
    const s = e.source;
    const c = e.corroboration;
    rows.push([
      e.id,
      e.title,
      e.kind,
      e.date?.edtf ?? '',
      e.dateText ?? '',
      e.actors.join('; '),
      e.place ?? '',
      e.summary ?? '',
      s?.quote ?? '',
      s?.start?.toString() ?? '',
      s?.end?.toString() ?? '',
      s?.url ?? '',
      e.links.map((l) => (l.label ? `${l.label.replace(/[\r\n]+/g, ' ')} | ${l.url}` : l.url)).join('\n'),
      e.media?.url ?? '',
      e.media?.caption ?? '',
      e.media?.credit ?? '',
      e.before.join('; '),
      e.after.join('; '),
      e.group ?? '',
      c?.date ?? '',
      c?.note ?? '',
      c?.url ?? '',
      e.color ?? '',
    ]);
  }
  return rows.map((r) => r.map(csvCell).join(',')).join('\n');
}

/** A cell as d3-dsv writes it: quoted, with quotes doubled, when it holds a comma, a quote or a line break. */
export const csvCell = (v: string): string => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
