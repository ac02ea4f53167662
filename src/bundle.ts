// The single-file bundle: everything, elements registered.
export * from './index.js';
