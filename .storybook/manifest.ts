/**
 * The custom-elements.json that the args tables read, without private API.
 * `@internal` members are dropped by the analyzer already; members that are
 * TypeScript-`private`/`protected` or start with `_` are dropped here too, so
 * the tables list only what a page can use, whether or not the JSDoc says so.
 *
 * Storybook keys every row by its bare name, so the part `selected` would
 * replace the attribute `selected`, and the parts `tooltip` and `details`
 * the slots of the same names. Parts are listed as `::part(name)`, which is
 * also how a page uses them.
 */

interface Member {
  name?: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
}

interface Declaration {
  members?: Member[];
  attributes?: Array<{ name: string; fieldName?: string }>;
  cssParts?: Array<{ name: string }>;
  [key: string]: unknown;
}

interface Manifest {
  modules?: Array<{ declarations?: Declaration[]; [key: string]: unknown }>;
  [key: string]: unknown;
}

const isPublic = (m: Member): boolean =>
  typeof m.name === 'string' && !m.static && !m.name.startsWith('_') && m.privacy !== 'private' && m.privacy !== 'protected';

export function publicManifest<T>(manifest: T): T {
  const m = structuredClone(manifest) as Manifest;
  for (const mod of m.modules ?? []) {
    for (const d of mod.declarations ?? []) {
      if (d.members) d.members = d.members.filter(isPublic);
      if (d.attributes) d.attributes = d.attributes.filter((a) => !a.fieldName?.startsWith('_'));
      if (d.cssParts) d.cssParts = d.cssParts.map((p) => ({ ...p, name: `::part(${p.name})` }));
    }
  }
  return m as T;
}
