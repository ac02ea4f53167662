import type { ProblemCode } from './problems.js';
import { PROBLEM_SEVERITY } from './problems.js';

/**
 * Every problem code with its severity and what it means, for documentation
 * and tools (the README's table is this). Kept out of the element's bundle.
 */
export const PROBLEM_CODES: Record<ProblemCode, { severity: 'error' | 'warning'; description: string }> = {
  'invalid-input': {
    severity: PROBLEM_SEVERITY['invalid-input'],
    description: 'The input as a whole cannot be read: not an array or dataset object, malformed JSON or CSV.',
  },
  'invalid-record': {
    severity: PROBLEM_SEVERITY['invalid-record'],
    description: 'The record is not an object; it is skipped.',
  },
  'missing-title': {
    severity: PROBLEM_SEVERITY['missing-title'],
    description: 'The record has no non-empty title; it is skipped.',
  },
  'missing-date': {
    severity: PROBLEM_SEVERITY['missing-date'],
    description: 'The record has no date field at all (null, meaning undated, is fine); it is skipped.',
  },
  'invalid-date': {
    severity: PROBLEM_SEVERITY['invalid-date'],
    description: 'The date is not valid EDTF; the record is skipped.',
  },
  'unsupported-date': {
    severity: PROBLEM_SEVERITY['unsupported-date'],
    description: 'Valid EDTF this library cannot draw (lists, XXXX years); the record is skipped.',
  },
  'date-out-of-range': {
    severity: PROBLEM_SEVERITY['date-out-of-range'],
    description: 'The date lies beyond what a JS Date holds (about ±275,000 years); the record is skipped.',
  },
  'end-before-start': {
    severity: PROBLEM_SEVERITY['end-before-start'],
    description: 'An interval ends before it starts; the record is skipped.',
  },
  'invalid-type': {
    severity: PROBLEM_SEVERITY['invalid-type'],
    description:
      'An optional field has the wrong type or is out of range (a confidence outside 0 to 1, ' +
      'a colour not in CSS syntax); it is dropped or coerced, and the record is kept.',
  },
  'invalid-id': {
    severity: PROBLEM_SEVERITY['invalid-id'],
    description: 'The id is empty or not a string; a stable id is generated.',
  },
  'duplicate-id': {
    severity: PROBLEM_SEVERITY['duplicate-id'],
    description: 'The id is already taken; the record is kept under a suffixed id.',
  },
  'unknown-kind': {
    severity: PROBLEM_SEVERITY['unknown-kind'],
    description: 'The kind is not in the vocabulary; it is kept and drawn with a generic shape.',
  },
  'invalid-url': {
    severity: PROBLEM_SEVERITY['invalid-url'],
    description: 'A link or image URL is not http(s); it is dropped.',
  },
  'unsupported-media': {
    severity: PROBLEM_SEVERITY['unsupported-media'],
    description: 'The media is not an image and holds no link (embed markup without one); it is dropped.',
  },
  'invalid-source': {
    severity: PROBLEM_SEVERITY['invalid-source'],
    description: 'The source quote is missing or its offsets do not match its length; the offsets are dropped.',
  },
  'unknown-reference': {
    severity: PROBLEM_SEVERITY['unknown-reference'],
    description: 'A before/after id names no event; the reference is dropped.',
  },
  'invalid-corroboration': {
    severity: PROBLEM_SEVERITY['invalid-corroboration'],
    description: 'The corroboration has no valid EDTF date or note; it is dropped.',
  },
  'unknown-field': {
    severity: PROBLEM_SEVERITY['unknown-field'],
    description: 'A field the format does not define (often a typo); it is ignored.',
  },
  'fallback-title': {
    severity: PROBLEM_SEVERITY['fallback-title'],
    description:
      'A TimelineJS slide has no headline or text; its media caption, else its date, is the title, and it is kept.',
  },
};
