/**
 * One row of TimelineJS's spreadsheet template as a slide: the current
 * template (`Year`, `Month`, `Day`, `Time`, …, `Group`, `Background`) and the
 * version-1 one (`Start Date`, `End Date`, …, `Tag`), which TimelineJS 3 still
 * reads (src/js/core/ConfigFactory.js, `extractGoogleEntryData_V1`).
 */
import { htmlToText } from './html-text.js';
import type { ImportResult } from './import-result.js';
import { describeValue, type ProblemCode } from './problems.js';
import { timelineJsSlideToEra, timelineJsSlideToEvent, type SlideReport } from './timelinejs.js';
import { parseSheetDate, parseTime } from './timelinejs-dates.js';
import type { RawEra } from './types.js';

/** The version-1 template's columns, read when a sheet has `Start Date`. */
export const TIMELINEJS_V1_CSV_COLUMNS = [
  'Start Date',
  'End Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Type',
  'Tag',
] as const;

type Cell = (column: string) => string;
type RowReport = (code: ProblemCode, column: string | null, detail: string) => void;

/** Spreadsheet column for each TimelineJS path the slide converter reports. */
const TEMPLATE_COLUMN: Record<string, string> = {
  start_date: 'Year/Month/Day',
  end_date: 'End Year/End Month/End Day',
  'text.headline': 'Headline',
  'media.url': 'Media',
  'background.color': 'Background',
};
for (const [end, prefix] of [
  ['start_date', ''],
  ['end_date', 'End '],
] as const) {
  for (const part of ['year', 'month', 'day'] as const) {
    TEMPLATE_COLUMN[`${end}.${part}`] = `${prefix}${part[0]!.toUpperCase()}${part.slice(1)}`;
  }
  for (const part of ['hour', 'minute', 'second', 'millisecond']) TEMPLATE_COLUMN[`${end}.${part}`] = `${prefix}Time`;
}

/**
 * Adds the row's slide to `result`: the first `title` row is the title, `era`
 * rows are eras, others events. `v1` reads the version-1 columns, whose dates
 * are free-form (see parseSheetDate) and whose group is `Tag`.
 */
export function templateRow(cell: Cell, i: number, result: ImportResult, report: RowReport, v1 = false): void {
  const slideReport: SlideReport = (code, field, detail) => {
    let column = field === null ? null : (TEMPLATE_COLUMN[field] ?? field);
    if (v1 && field?.includes('_date')) column = field.startsWith('end') ? 'End Date' : 'Start Date';
    report(code, column, detail);
  };
  const type = cell('Type').trim().toLowerCase();
  const headline = cell('Headline');
  const text = { headline, text: cell('Text') };
  if (type === 'title' && result.title === null) {
    // TimelineJS takes the first title row as the title slide and any later one as an event.
    result.title = htmlToText(headline) || null;
    return;
  }
  let start: Record<string, string> = { year: cell('Year'), month: cell('Month'), day: cell('Day') };
  let end: Record<string, string> = { year: cell('End Year'), month: cell('End Month'), day: cell('End Day') };
  if (v1) {
    const dates = [cell('Start Date'), cell('End Date')].map((c, k) => {
      if (c.trim() === '') return {};
      const d = parseSheetDate(c);
      if (!d) {
        const forms = '2013, 2013-01-15, 1/15/2013 or 1/15/2013 10:30';
        const detail = `${describeValue(c.trim())} is not a date TimelineJS reads (write ${forms})`;
        report('invalid-date', k ? 'End Date' : 'Start Date', `${detail}; the record is skipped`);
      }
      return d;
    });
    if (!dates[0] || !dates[1]) return;
    [start, end] = dates as [Record<string, string>, Record<string, string>];
  }
  for (const [d, column] of [
    [start, 'Time'],
    [end, 'End Time'],
  ] as const) {
    const t = v1 ? '' : cell(column).trim();
    if (t === '') continue;
    const parts = parseTime(t);
    if (!parts) {
      const detail = `${describeValue(t)} is not a time (write 10:30, 10:30:15 or 10:30 PM); the record is skipped`;
      report('invalid-date', column, detail);
      return;
    }
    Object.assign(d, parts);
  }
  const slide = {
    start_date: start,
    end_date: end,
    display_date: cell('Display Date'),
    text,
    media: {
      url: cell('Media'),
      caption: cell('Media Caption'),
      credit: cell('Media Credit'),
      thumbnail: cell('Media Thumbnail'),
    },
    group: cell(v1 ? 'Tag' : 'Group'),
    background: background(cell('Background').trim()),
  };
  if (type === 'era') {
    const era: RawEra | null = timelineJsSlideToEra(slide, slideReport);
    if (era) result.eras.push(era);
    return;
  }
  const ev = timelineJsSlideToEvent(slide, slideReport);
  if (ev) {
    result.events.push(ev);
    result.recordIndex!.push(i);
  }
}

/** The Background cell as TimelineJS reads it: a URL (absolute, protocol- or site-relative), else a colour. */
function background(cell: string): { url: string } | { color: string } | undefined {
  if (cell === '') return undefined;
  return /^(https?:)?\/\/?/i.test(cell) ? { url: cell } : { color: cell };
}
