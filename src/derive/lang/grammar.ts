/**
 * What a language module provides: the grammar of its time expressions and
 * the words that report a happening. English (./en-dates.ts, ./en-events.ts)
 * is the first; another language adds its own pair and registers it in
 * ./index.ts. Nothing here depends on a language.
 */
import type { Found, Tense } from './timex.js';

export interface DateGrammar {
  /**
   * Every time expression in `text`, in order and never overlapping, with
   * TIMEX3 extents: prepositions and signals ("on", "since") outside, the
   * determiners and modifiers that belong to the time ("the", "last", "early") inside.
   */
  scan(text: string): Found[];
  /** The tense of the verb nearest `[start, end)` inside `sentence` (offsets relative to it). */
  tense(sentence: string, start: number, end: number): Tense;
}

/** A word that reports a happening, found in a clause. */
export interface Trigger {
  /** A kind of the format: visit, meeting, agreement, deal, deployment, statement, application, publication, other. */
  kind: string;
  /** Offsets in the clause text. */
  start: number;
  end: number;
  /** Ranks kinds when a clause holds several triggers: the most specific wins. */
  weight: number;
  /** A verb in a past form (simple past or passive), so the happening is over. */
  past: boolean;
  /** A verb of saying or publishing, whose complement can report another happening. */
  reporting: boolean;
  /** A verb, not a noun. */
  verb: boolean;
  /** A verb whose object names the happening: "signed a deal" is a deal, "held talks" a meeting. */
  light: boolean;
}

export interface EventGrammar {
  /** Words that end with a full stop without ending a sentence ("Mr.", "Sept."), lower case, without the stop. */
  abbreviations: ReadonlySet<string>;
  /**
   * Whether a paragraph is page furniture rather than the article: `paragraph` for a headline, byline,
   * dateline or share link; `rest` for the start of a comment form, which ends the article; else false.
   */
  isBoilerplate(paragraph: string, index: number): false | 'paragraph' | 'rest';
  /** The length of a wire dateline opening a paragraph ("MOSCOW, July 30 (Reuters) - "), or 0. */
  dateline(paragraph: string): number;
  /** The event words of a clause, in order. */
  triggers(clause: string): Trigger[];
  /** Offsets of clause boundaries inside a sentence (each the start of a new clause). */
  clauseBreaks(sentence: string): number[];
  /** Where what a verb of saying reports begins ("said that |…", "told reporters that |…"), or null. */
  complement(sentence: string): number | null;
  /**
   * A phrase at the start of a sentence (or clause) that places it relative
   * to what came before: `after` ("In response", "Following …,", "Later"),
   * `before` ("Earlier,", "Before that"). Returns the phrase's length (with its comma) and,
   * when it names what it follows ("Following the signing …,"), where that object starts; or null.
   */
  opener(sentence: string): { relation: 'after' | 'before'; length: number; object: number | null } | null;
  /** Names of places and organisations (by any of their names) and the country a demonym or capital stands for. */
  gazetteer: {
    /**
     * A name, demonym or capital → the actor it stands for: an ISO 3166 region code, named with
     * Intl.DisplayNames ("iranian" → "IR"), or the actor's own name ("voice of america" → "Voice of America").
     * A key in lower case matches any capitalised spelling; a key with capitals matches exactly ("US", "UN").
     * The value `-` names no actor but keeps a shorter name from matching ("Latin American" is not American).
     */
    aliases: ReadonlyMap<string, string>;
    /** Titles that precede a person's name ("President", "Minister"), lower case. */
    titles: ReadonlySet<string>;
    /** Capitalised words that never start or make a name on their own ("The", "Monday"), lower case. */
    notNames: ReadonlySet<string>;
  };
}

export interface Language {
  /** BCP 47 code. */
  code: string;
  dates: DateGrammar;
  events: EventGrammar;
}
