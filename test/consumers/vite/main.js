// A Vite app that imports the package for its side effect only (registering
// <event-timeline>) and the article dataset through the package's exports.
// If `sideEffects` were wrong, the production build would drop the element.
import 'event-timeline';
import dataset from 'event-timeline/seeds/iran-belarus-defense-deal.events.json';

const el = document.createElement('event-timeline');
el.events = dataset;
document.body.append(el);
