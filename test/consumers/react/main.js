// React 19 renders the wrapper from event-timeline/react with the article
// dataset; no JSX, so no transform is needed.
import { createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { EventTimeline } from 'event-timeline/react';
import dataset from 'event-timeline/seeds/iran-belarus-defense-deal.events.json';

window.__calls = { select: [], load: [] };

function App() {
  const [selected, setSelected] = useState('');
  return createElement(
    'main',
    null,
    createElement(EventTimeline, {
      events: dataset,
      groupBy: 'kind',
      onLoad: (e) => window.__calls.load.push(e.detail.count),
      onSelect: (e) => {
        window.__calls.select.push(e.detail.id);
        setSelected(e.detail.id ?? '');
      },
    }),
    createElement('output', { id: 'selected' }, selected),
  );
}

createRoot(document.getElementById('root')).render(createElement(App));
