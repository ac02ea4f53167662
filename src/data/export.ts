/**
 * Normalized events back to records in our JSON format: what `convert` in the
 * CLI writes, and what the element's JSON export will write. Pure, no DOM.
 */
import type { DatasetSource, RawDataset, RawEra, RawEvent, TimelineEra, TimelineEvent } from './types.js';

/** What {@link toRawDataset} reads: a `NormalizedDataset` or `ParsedDataset`, or just some events. */
export interface ExportableDataset {
  /** The events to write. */
  events: readonly TimelineEvent[];
  /** The eras to write; none when absent. */
  eras?: readonly TimelineEra[];
  /** The publication, written as the dataset's `source`. */
  source?: DatasetSource | null;
  /** A TimelineJS title slide's headline (`ParsedDataset.title`); becomes `source.title` when there is no source. */
  title?: string | null;
}

/**
 * One normalized event as a record in our format. `date` and
 * `corroboration.date` are the EDTF strings as given. `id`, `title`, `kind`,
 * `date`, `dateText` (null when the source gave no words) and `actors` are
 * always written, as `schema/dataset.schema.json` requires; other fields only
 * when they hold something (`draft` and `featured` only when true,
 * `confidence` only when not null). Keys come in the order of the seeds dataset.
 * Nothing is shared with the input: arrays and objects are copied.
 */
export function toRawEvent(e: TimelineEvent): RawEvent {
  const raw: RawEvent = {
    id: e.id,
    title: e.title,
    kind: e.kind,
    date: e.date ? e.date.edtf : null,
    dateText: e.dateText,
    actors: [...e.actors],
  };
  if (e.place !== null) raw.place = e.place;
  if (e.summary !== null) raw.summary = e.summary;
  if (e.links.length) {
    raw.links = e.links.map((l) => (l.label === undefined ? { url: l.url } : { url: l.url, label: l.label }));
  }
  if (e.media) raw.media = { ...e.media };
  if (e.source) raw.source = { ...e.source };
  if (e.corroboration) {
    const { date, note, url } = e.corroboration;
    raw.corroboration = url === undefined ? { date, note } : { date, note, url };
  }
  if (e.before.length) raw.before = [...e.before];
  if (e.after.length) raw.after = [...e.after];
  if (e.group !== null) raw.group = e.group;
  if (e.color !== null) raw.color = e.color;
  if (e.draft) raw.draft = true;
  if (e.confidence !== null) raw.confidence = e.confidence;
  if (e.featured) raw.featured = true;
  return raw;
}

/**
 * A normalized dataset (from `normalize()` or `parseDataset()`) as a dataset
 * in our JSON format, `{source?, events, eras?}`: the inverse of `normalize()`,
 * so that `normalize(toRawDataset(d))` gives the same events, eras and source
 * back, with no problems. Problems are not written; records that were skipped
 * stay skipped. `source` is left out when there is none (and no `title`), and
 * `eras` when there are none.
 */
export function toRawDataset(dataset: ExportableDataset): RawDataset {
  const source = dataset.source ? { ...dataset.source } : dataset.title ? { title: dataset.title } : null;
  // Keys in the order a dataset file is read: source, events, eras.
  const out: RawDataset = source ? { source, events: [] } : { events: [] };
  out.events = dataset.events.map(toRawEvent);
  const eras: RawEra[] = (dataset.eras ?? []).map((era) => ({ title: era.title, date: era.date.edtf }));
  if (eras.length) out.eras = eras;
  return out;
}
