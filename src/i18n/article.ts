import { formatCount } from './number.js';

/** The UI strings of `<event-timeline-article>`. */
export interface ArticleStrings {
  /** The accessible name of the article's region. */
  article: string;
  loading: string;
  /** No text was given: neither `src`, `text`, nor a linked timeline whose dataset names its source file. */
  empty: string;
  loadError: (message: string) => string;
  /** Events whose quotes could not be placed in the text. */
  missed: (count: number) => string;
  /** An event's keyboard stop before its quote: its title and date words, and what activating it does. */
  stop: (title: string, when: string) => string;
}

const en: ArticleStrings = {
  article: 'Article',
  loading: 'Loading the article…',
  empty: 'No article text to show.',
  loadError: (m) => `The article could not be loaded: ${m}`,
  missed: (x) =>
    x === 1
      ? "One event's quote was not found in the article text."
      : `${formatCount(x, 'en')} events' quotes were not found in the article text.`,
  stop: (title, when) => `${title} (${when}): show in the timeline`,
};

const fa: ArticleStrings = {
  article: 'متن خبر',
  loading: 'در حال بارگذاری متن خبر…',
  empty: 'متنی برای نمایش نیست.',
  loadError: (m) => `متن خبر بارگذاری نشد: ${m}`,
  missed: (x) => `نقل‌قولِ ${formatCount(x, 'fa')} رویداد در متن خبر پیدا نشد.`,
  stop: (title, when) => `${title} (${when}): نمایش در خط زمانی`,
};

const ru: ArticleStrings = {
  article: 'Статья',
  loading: 'Загрузка статьи…',
  empty: 'Нет текста статьи.',
  loadError: (m) => `Не удалось загрузить статью: ${m}`,
  missed: (x) => `Цитаты событий, не найденные в тексте статьи: ${formatCount(x, 'ru')}.`,
  stop: (title, when) => `${title} (${when}): показать на хронологии`,
};

/** Built-in translations of the article's strings, by language subtag. */
export const ARTICLE_TRANSLATIONS: Readonly<Record<string, ArticleStrings>> = { en, fa, ru };
