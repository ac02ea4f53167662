// The single-file bundle's stand-in for d3-interpolate, see d3-transition-shim.js:
// d3-zoom needs interpolateZoom only to animate zoom transitions, which the
// element never starts. The real module would bring d3-color (3.4 kB gzip).
export function interpolateZoom() {
  throw new Error('event-timeline bundle: d3 zoom transitions are not included');
}
