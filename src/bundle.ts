// The single-file bundle for <script type="module">: registers <event-timeline>
// and exports what a page script needs. Authoring tools (the relative-date
// resolver) stay in the npm package's `event-timeline/data`. `readDataset`
// loads the CSV and TimelineJS importers (event-timeline.importers.min.js,
// beside this file) only when it meets one of those formats, and the element loads
// the vertical story (event-timeline.story.min.js) when it first draws
// one: at once here on a narrow viewport, where every element is vertical.
import { loadStory } from './controllers/story-loader.js';
import { loadTranslation } from './controllers/locale-controller.js';
import { languageOf } from './i18n/index.js';

export * from './components/event-timeline/event-timeline.js';
export { normalize } from './data/normalize.js';
export { readDataset } from './data/read-dataset.js';
export { parseEdtf, EdtfError } from './data/edtf.js';
export { PROBLEM_SEVERITY } from './data/problems.js';

if (typeof matchMedia === 'function' && matchMedia('(max-width: 639px)').matches) void loadStory().catch(() => {});
// A page in a language with a built-in translation starts loading it now (event-timeline.fa.min.js …).
void loadTranslation(languageOf(document.documentElement.lang || 'en'))?.catch(() => {});
