import type { LitElement } from 'lit';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Constructor<T> = new (...args: any[]) => T;

/**
 * `dir` and `lang` on the element change its layout and language, though
 * neither is a Lit property: re-render when either attribute changes (an
 * ancestor's change is read on the next update).
 */
export function WatchDirAndLang<T extends Constructor<LitElement>>(Base: T): T {
  class Watching extends Base {
    static get observedAttributes(): string[] {
      // `super.observedAttributes`, read with this class as the receiver: Lit lists the properties of `this`.
      const own = Reflect.get(Base, 'observedAttributes', this) as string[] | undefined;
      return [...(own ?? []), 'dir', 'lang'];
    }

    override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
      super.attributeChangedCallback(name, old, value);
      if (name === 'dir' || name === 'lang') this.requestUpdate();
    }
  }
  // It adds no public member: typed as its base (declaration files cannot name an anonymous class's privates).
  return Watching;
}
