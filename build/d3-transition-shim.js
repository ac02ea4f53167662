// The single-file bundle's stand-in for d3-transition.
//
// d3-zoom imports d3-transition only to interrupt running zoom transitions
// (and to animate double-click zoom, which the element turns off). The element
// never starts a transition, so there is never anything to interrupt. Without
// this stand-in, d3-transition, d3-color, d3-timer and d3-ease would add about
// 9 kB (min+gzip) to a bundle whose budget is 64 kB. The npm build keeps the
// real d3-transition: an app that starts transitions gets them.
//
// In the bundle, 'd3-selection' is itself a stand-in (d3-selection-shim.js):
// these two methods complete its selection prototype.
import { selection } from 'd3-selection';

/** Nothing to interrupt: no transition is ever scheduled. */
export function interrupt() {}

selection.prototype.interrupt = function interruptSelection() {
  return this;
};

selection.prototype.transition = function transition() {
  throw new Error('event-timeline bundle: d3 transitions are not included');
};
