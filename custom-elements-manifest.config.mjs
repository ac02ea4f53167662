export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/bundle.ts', 'src/article-bundle.ts', 'src/cli.ts', 'src/react.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [
    {
      // dispatchEvent(e) on a queued event variable reads as an unnamed event,
      // and `this.items[k] = …` in a constructor as an unnamed field. Tools that
      // read the manifest (Storybook's args tables) expect every entry named.
      name: 'drop-unnamed-entries',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules ?? [])
          for (const d of mod.declarations ?? []) {
            if (d.events) d.events = d.events.filter((e) => e.name);
            if (d.members) d.members = d.members.filter((m) => m.name);
          }
      },
    },
  ],
};
