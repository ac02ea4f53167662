// The single-file bundle's stand-in for d3-selection.
//
// Why: in the bundle, d3-selection is reached only by d3-zoom, by d3-drag's
// dragDisable/dragEnable (which d3-zoom imports), by our zoom controller and by
// the d3-transition stand-in. Its prototype object holds every selection
// method (data joins, append, attr, classed, text, html, sort, ...), so none of
// them is tree-shaken: 12.1 kB of the minified bundle. Measured with
// `node scripts/size-budget.mjs` when this stand-in came in, the same source
// built both ways: 197.2 kB minified and 68,227 bytes min+gzip with the real
// module, 186.8 kB and 65,289 bytes with this one: 10.4 kB minified, 2.9 kB
// min+gzip less (the budget is 64 kB = 65,536 bytes min+gzip).
//
// What it covers, with d3-selection 3.0.1's semantics (copied from its source):
//   select(node)                   one node (an Element, or a Window for d3-drag's
//                                  dragDisable/dragEnable and d3-zoom's mousedown)
//   pointer(event, target)         d3's pointer, unchanged (sourceEvent chains, SVG
//                                  via getScreenCTM, HTML via getBoundingClientRect)
//   selection                      the root-selection function; its .prototype is the
//                                  selection prototype, patched by the transition
//                                  stand-in (interrupt, transition)
//   selection methods              on, property, style, filter, each, call, datum,
//                                  node, empty, selection (filter takes a function,
//                                  style only sets: the forms d3-zoom uses)
// on(): typenames "type.name ..." (a name is optional; ".zoom" removes every
// listener named zoom), options passed to addEventListener and kept for
// removeEventListener, a listener of the same type.name replaced, the getter
// on("dblclick.zoom") returning the listener, listeners called with this = the
// node and (event, datum). Listeners live in node.__on and data in
// node.__data__, as in d3.
//
// What it leaves out: select(selector string), filter(selector string), the
// style(name) getter, and everything else d3-selection has (selectAll, data joins,
// enter/exit/join, append/insert/remove, attr, classed, text, html, sort,
// dispatch, nodes/size/iteration, create, local, namespaces, pointers, ...), and
// selections of more than one node: a selection here holds one node or none.
// Nothing in the bundle calls them; a call would throw "is not a function".
//
// The npm build keeps the real d3-selection (rollup.config.mjs applies the
// stand-ins to the single-file bundle only): an app that bundles the library
// shares d3-selection with its own d3 code.

/**
 * A selection of one node (`this._node`), or none: select() takes one node, and
 * filter() keeps it or not. Each callback gets (datum, 0, [node]), as d3 passes
 * (datum, index, group) for a group of one.
 */
function Selection(node) {
  this._node = node;
}

/** d3's `selection()`: the document element. */
export function selection() {
  return new Selection(document.documentElement);
}

/** d3's `select` of a node (Element, Window, Document); a CSS selector is not supported. */
export function select(node) {
  return new Selection(node);
}

/** d3's `pointer`: [x, y] of `event` relative to `node` (default: the event's currentTarget). */
export function pointer(event, node) {
  let source;
  while ((source = event.sourceEvent)) event = source;
  if (node === undefined) node = event.currentTarget;
  if (node) {
    const svg = node.ownerSVGElement || node;
    if (svg.createSVGPoint) {
      let point = svg.createSVGPoint();
      point.x = event.clientX;
      point.y = event.clientY;
      point = point.matrixTransform(node.getScreenCTM().inverse());
      return [point.x, point.y];
    }
    if (node.getBoundingClientRect) {
      const rect = node.getBoundingClientRect();
      return [event.clientX - rect.left - node.clientLeft, event.clientY - rect.top - node.clientTop];
    }
  }
  return [event.pageX, event.pageY];
}

selection.prototype = Selection.prototype = {
  constructor: Selection,

  selection() {
    return this;
  },

  node() {
    return this._node || null;
  },

  empty() {
    return !this._node;
  },

  /** Calls `callback` with this = the node and (datum, index, group). */
  each(callback) {
    const node = this._node;
    if (node) callback.call(node, node.__data__, 0, [node]);
    return this;
  },

  /** Calls `callback(this, ...args)`; returns this selection. */
  call(callback, ...args) {
    callback(this, ...args);
    return this;
  },

  /** The node if `match`, called as in each, is truthy; else an empty selection. */
  filter(match) {
    const node = this._node;
    return new Selection(node && match.call(node, node.__data__, 0, [node]) ? node : null);
  },

  /** Sets node[name] (a function is called as in each; null deletes); one argument reads it. */
  property(name, value) {
    if (arguments.length < 2) return this._node[name];
    return this.each(function setProperty() {
      const v = typeof value === 'function' ? value.apply(this, arguments) : value;
      if (v == null) delete this[name];
      else this[name] = v;
    });
  },

  /** Sets a style property (a function is called as in each; null removes it). */
  style(name, value, priority) {
    return this.each(function setStyle() {
      const v = typeof value === 'function' ? value.apply(this, arguments) : value;
      if (v == null) this.style.removeProperty(name);
      else this.style.setProperty(name, v, priority == null ? '' : priority);
    });
  },

  /** Reads the node's datum, or sets it. */
  datum(value) {
    return arguments.length ? this.property('__data__', value) : this._node.__data__;
  },

  /**
   * Adds (listener) or removes (null) listeners for each "type.name" of
   * `typenames`, or with one argument returns the listener of the first
   * matching one (undefined: none).
   */
  on(typenames, listener, options) {
    const parsed = `${typenames}`
      .trim()
      .split(/^|\s+/)
      .map((t) => {
        const i = t.indexOf('.');
        return i < 0 ? { type: t, name: '' } : { type: t.slice(0, i), name: t.slice(i + 1) };
      });
    if (arguments.length < 2) {
      for (const o of this._node.__on || [])
        for (const t of parsed) if (t.type === o.type && t.name === o.name) return o.value;
      return undefined;
    }
    return this.each(function update() {
      let list = this.__on || [];
      for (const t of parsed) {
        if (listener) {
          const wrapped = function (event) {
            listener.call(this, event, this.__data__);
          };
          const o = list.find((x) => x.type === t.type && x.name === t.name);
          if (o) {
            // Replaced in place (keeping its order), as d3 does.
            this.removeEventListener(o.type, o.listener, o.options);
            this.addEventListener(o.type, (o.listener = wrapped), (o.options = options));
            o.value = listener;
          } else {
            this.addEventListener(t.type, wrapped, options);
            list.push({ type: t.type, name: t.name, value: listener, listener: wrapped, options });
          }
        } else {
          // "name" alone (".zoom") removes every type of that name.
          list = list.filter((o) => {
            if ((t.type && o.type !== t.type) || o.name !== t.name) return true;
            this.removeEventListener(o.type, o.listener, o.options);
            return false;
          });
        }
      }
      if (list.length) this.__on = list;
      else delete this.__on;
    });
  },
};
