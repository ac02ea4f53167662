import { noChange } from 'lit';
import {
  Directive,
  PartType,
  directive,
  type AttributePart,
  type DirectiveParameters,
  type PartInfo,
} from 'lit/directive.js';

/** Style properties to set: camelCase or kebab-case names, `--custom` properties as they are. */
export type StyleValues = Readonly<Record<string, string | number | null | undefined>>;

const kebab = (name: string) =>
  name.startsWith('--') || name.includes('-') ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * `style=${cssomStyle({...})}`: like Lit's `styleMap`, but every write goes
 * through `style.setProperty`, including the first. `styleMap` renders its
 * first value as a `style` attribute, which a Content Security Policy without
 * `'unsafe-inline'` in `style-src` blocks; CSSOM writes are always allowed.
 */
class CssomStyleDirective extends Directive {
  private previous = new Map<string, string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style' || (part.strings?.length ?? 0) > 2) {
      throw new Error('cssomStyle() must be the whole value of a style attribute');
    }
  }

  render(_values: StyleValues): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [values]: DirectiveParameters<this>): typeof noChange {
    const style = (part.element as HTMLElement | SVGElement).style;
    const next = new Map<string, string>();
    // Compared with what was last written, as `styleMap` does: the engine reads some values back in another
    // form ("#000" as "rgb(0, 0, 0)"), which would be written again at every render.
    for (const [name, value] of Object.entries(values)) {
      if (value === null || value === undefined || value === '') continue;
      const prop = kebab(name);
      const text = String(value);
      next.set(prop, text);
      if (this.previous.get(prop) !== text) style.setProperty(prop, text);
    }
    for (const prop of this.previous.keys()) if (!next.has(prop)) style.removeProperty(prop);
    this.previous = next;
    return noChange;
  }
}

export const cssomStyle = directive(CssomStyleDirective);
