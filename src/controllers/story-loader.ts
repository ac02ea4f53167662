import { html, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import type { NavigationOrder } from '../layout/navigation.js';
import type { StoryController, StoryInput, StoryOptions } from './story-controller.js';
import type * as StoryModuleNs from './story-controller.js';
import { adoptStyles, loadFailure, loadOnce, type LoadFailure } from './load-once.js';

type StoryModule = typeof StoryModuleNs;

/**
 * Loads the vertical story's code (once per page). In the single-file bundle
 * it is a second file beside the bundle (`event-timeline.story.min.js`),
 * which a page only downloads when an element is drawn vertically; the bundle
 * starts the download at once on a narrow viewport, where every element is.
 */
export const loadStory: () => Promise<StoryModule> = loadOnce(() => import('./story-controller.js'));

/**
 * The vertical story, loaded on first need: until its code has arrived, the
 * story is an empty, busy box and the keyboard keeps the horizontal order.
 * Once loaded, it adds the story's controller and styles to the element and
 * passes every call through. If the code cannot be loaded, `failed` hears why
 * (the element then draws horizontally) and the story is not tried again.
 */
export class StoryLoader implements ReactiveController {
  /** The story, once its code has loaded. */
  story: StoryController | null = null;
  /** Why the code could not load, if it could not. */
  error: unknown = null;

  private _loading: Promise<void> | null = null;

  constructor(
    private readonly _host: ReactiveElement,
    /** The story's options, and `failed`: its code could not be loaded (the element draws horizontally). */
    private readonly _options: StoryOptions & { failed(failure: LoadFailure): void },
  ) {
    _host.addController(this);
  }

  hostConnected(): void {}

  /** True while the story's code is loading. */
  get busy(): boolean {
    return this._loading !== null && !this.story && !this.error;
  }

  /** Resolves once the story's code has loaded (or failed to). */
  get settled(): Promise<void> {
    return this._loading ?? Promise.resolve();
  }

  /** This update draws the story: lays it out, or starts loading its code. */
  update(input: StoryInput): void {
    if (this.story) this.story.update(input);
    else
      this._loading ??= loadStory().then(this._adopt, (e: unknown) => {
        this.error = e;
        this._options.failed(loadFailure('the vertical story (drawn horizontally instead)', e));
        this._host.requestUpdate();
      });
  }

  private _adopt = (m: StoryModule): void => {
    adoptStyles(this._host, m.storyStyles);
    this.story = new m.StoryController(this._host, this._options);
    this._host.requestUpdate();
  };

  render(p: Parameters<StoryController['render']>[0]): TemplateResult {
    if (this.story) return this.story.render(p);
    return html`<div class="story" part="story" aria-busy=${this.error ? 'false' : 'true'}></div>`;
  }

  get order(): NavigationOrder | null {
    return this.story?.order ?? null;
  }

  tabStop(focusKey: string | null, fallback: string | null): string | null {
    return this.story ? this.story.tabStop(focusKey, fallback) : fallback;
  }

  window(): [number, number] | null {
    return this.story?.window() ?? null;
  }

  zoomTo(start: number, end: number): void {
    this.story?.zoomTo(start, end);
  }

  zoomBy(factor: number, user = false): void {
    this.story?.zoomBy(factor, user);
  }

  fit(user = false): void {
    this.story?.fit(user);
  }

  onKey(ev: KeyboardEvent): boolean {
    return this.story?.onKey(ev) ?? false;
  }

  toSVG(): string {
    if (!this.story) throw new Error('toSVG: the timeline has not been drawn yet (await renderComplete)');
    return this.story.toSVG();
  }

  reveal(key: string): void {
    this.story?.reveal(key);
  }
}
