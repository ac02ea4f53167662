/**
 * Every problem the data model reports, with what happens to the record.
 * `error`: the record (or input) is skipped. `warning`: it is kept, repaired as
 * described.
 */
export const PROBLEM_CODES = {
  'invalid-input': { severity: 'error', description: 'The input as a whole cannot be read: not an array or dataset object, malformed JSON or CSV.' },
  'invalid-record': { severity: 'error', description: 'The record is not an object; it is skipped.' },
  'missing-title': { severity: 'error', description: 'The record has no non-empty title; it is skipped.' },
  'missing-date': { severity: 'error', description: 'The record has no date field at all (null, meaning undated, is fine); it is skipped.' },
  'invalid-date': { severity: 'error', description: 'The date is not valid EDTF; the record is skipped.' },
  'unsupported-date': { severity: 'error', description: 'Valid EDTF this library cannot draw (lists, XXXX years); the record is skipped.' },
  'date-out-of-range': { severity: 'error', description: 'The date lies beyond what a JS Date holds (about ±275,000 years); the record is skipped.' },
  'end-before-start': { severity: 'error', description: 'An interval ends before it starts; the record is skipped.' },
  'invalid-type': { severity: 'warning', description: 'An optional field has the wrong type; it is dropped or coerced, and the record is kept.' },
  'invalid-id': { severity: 'warning', description: 'The id is empty or not a string; a stable id is generated.' },
  'duplicate-id': { severity: 'warning', description: 'The id is already taken; the record is kept under a suffixed id.' },
  'unknown-kind': { severity: 'warning', description: 'The kind is not in the vocabulary; it is kept and drawn with a generic shape.' },
  'invalid-url': { severity: 'warning', description: 'A link or image URL is not http(s); it is dropped.' },
  'unsupported-media': { severity: 'warning', description: 'The media is not an image; it is dropped.' },
  'invalid-source': { severity: 'warning', description: 'The source quote is missing or its offsets do not match its length; the offsets are dropped.' },
  'unknown-reference': { severity: 'warning', description: 'A before/after id names no event; the reference is dropped.' },
  'invalid-corroboration': { severity: 'warning', description: 'The corroboration has no valid EDTF date or note; it is dropped.' },
  'unknown-field': { severity: 'warning', description: 'A field the format does not define (often a typo); it is ignored.' },
} as const satisfies Record<string, { severity: 'error' | 'warning'; description: string }>;

export type ProblemCode = keyof typeof PROBLEM_CODES;

/** One thing wrong with the input. */
export interface Problem {
  /** Index of the record in its input (row index for CSV), or -1 for the input as a whole. */
  index: number;
  /** The record's id as given (or generated), when known. */
  id: string | null;
  /** The field at fault, e.g. `date`, `links[1].url`, `eras[0].date`; null for the whole record. */
  field: string | null;
  code: ProblemCode;
  severity: 'error' | 'warning';
  /** A sentence a person can act on, naming the record and the field. */
  message: string;
}

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
    severity: PROBLEM_CODES[code].severity,
    message: `${where}${field ? `, field "${field}"` : ''}: ${detail}`,
  };
}
