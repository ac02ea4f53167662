// Production build without network or surprises: no public dir, no copying.
export default { logLevel: 'warn', build: { outDir: 'dist', emptyOutDir: true } };
