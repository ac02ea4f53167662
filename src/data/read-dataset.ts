/**
 * How the element reads a dataset's text: our JSON format at once, and any
 * other (CSV, TimelineJS JSON, or text that is neither) through
 * `parseDataset()`, loaded on demand. In the single-file bundle, the importers
 * are a second file (`event-timeline.importers.min.js`, beside the bundle)
 * that a page showing our JSON never downloads.
 */
import type { ParseDatasetOptions, ParsedDataset } from './own-json.js';
import { ownJson } from './own-json.js';

/**
 * Like `parseDataset()` (same result, never rejects for bad text), but
 * asynchronous: only our JSON format is read without loading the importers.
 * Rejects only when the importers' file cannot be loaded.
 */
export async function readDataset(text: string, options: ParseDatasetOptions = {}): Promise<ParsedDataset> {
  return ownJson(text, options) ?? (await import('./importers.js')).parseDataset(text, options);
}
