/**
 * Every problem the data model reports, and what happens to the record:
 * `error`, the record (or input) is skipped; `warning`, it is kept, repaired.
 * What each means is in PROBLEM_CODES (problem-codes.ts) and the README.
 */
export const PROBLEM_SEVERITY = {
  'invalid-input': 'error',
  'invalid-record': 'error',
  'missing-title': 'error',
  'missing-date': 'error',
  'invalid-date': 'error',
  'unsupported-date': 'error',
  'date-out-of-range': 'error',
  'end-before-start': 'error',
  'invalid-type': 'warning',
  'invalid-id': 'warning',
  'duplicate-id': 'warning',
  'unknown-kind': 'warning',
  'invalid-url': 'warning',
  'unsupported-media': 'warning',
  'invalid-source': 'warning',
  'unknown-reference': 'warning',
  'invalid-corroboration': 'warning',
  'unknown-field': 'warning',
  'fallback-title': 'warning',
} as const satisfies Record<string, 'error' | 'warning'>;

/** A problem code: one key of {@link PROBLEM_SEVERITY}, described in `PROBLEM_CODES`. */
export type ProblemCode = keyof typeof PROBLEM_SEVERITY;

/** One thing wrong with the input. */
export interface Problem {
  /** Index of the record in its input (row index for CSV), or -1 for the input as a whole. */
  index: number;
  /** The record's id as given (or generated), when known. */
  id: string | null;
  /** The field at fault, e.g. `date`, `links[1].url`, `eras[0].date`; null for the whole record. */
  field: string | null;
  /** What is wrong; see `PROBLEM_CODES`. */
  code: ProblemCode;
  /** `error`: the record (or input) was skipped; `warning`: it was kept, repaired. */
  severity: 'error' | 'warning';
  /** A sentence a person can act on, naming the record and the field. */
  message: string;
}

/**
 * Builds a {@link Problem}, with its severity from {@link PROBLEM_SEVERITY} and
 * a message that names the record (`recordName(index)` and the id) and the field
 * before `detail`. Internal to the data model: not exported by its index.
 */
export function problem(
  code: ProblemCode,
  index: number,
  id: string | null,
  field: string | null,
  detail: string,
  recordName: (index: number) => string = (i) => `Record ${i + 1}`,
): Problem {
  const where = index < 0 ? 'Input' : `${recordName(index)}${id ? ` ("${id}")` : ''}`;
  return {
    index,
    id,
    field,
    code,
    severity: PROBLEM_SEVERITY[code],
    message: `${where}${field ? `, field "${field}"` : ''}: ${detail}`,
  };
}

/**
 * A short, safe description of any value for a problem message, such as
 * `the string "2023-13"` or `an object`; long strings are cut at 40 characters.
 */
export function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return v.length > 40 ? `the string "${v.slice(0, 37)}…"` : `the string "${v}"`;
  if (typeof v === 'number') return Number.isNaN(v) ? 'NaN' : `the number ${v}`;
  if (typeof v === 'object') return 'an object';
  return `a ${typeof v}`;
}
