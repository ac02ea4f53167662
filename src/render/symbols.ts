import { EVENT_KINDS, type KnownKind } from '../data/types.js';

/**
 * d3-shape's symbols at 110 px², precomputed: `symbol(symbolX, 110)()`.
 * d3-shape ships as one flat module that does not tree-shake (11 kB of the
 * bundle for nine paths); test/render/symbols.test.ts checks these strings
 * against d3-shape itself.
 */
export const SYMBOL_PATHS = {
  circle: 'M5.917,0A5.917,5.917,0,1,1,-5.917,0A5.917,5.917,0,1,1,5.917,0',
  square: 'M-5.244,-5.244h10.488v10.488h-10.488Z',
  diamond: 'M0,-9.76L5.635,0L0,9.76L-5.635,0Z',
  star:
    'M0,-9.899L2.222,-3.059L9.414,-3.059L3.596,1.168L5.818,8.008L0,3.781' +
    'L-5.818,8.008L-3.596,1.168L-9.414,-3.059L-2.222,-3.059Z',
  triangle: 'M0,-9.202L7.969,4.601L-7.969,4.601Z',
  wye: 'M2.83,1.634L2.83,7.295L-2.83,7.295L-2.83,1.634L-7.732,-1.196L-4.902,-6.098L0,-3.268L4.902,-6.098L7.732,-1.196Z',
  cross:
    'M-7.036,-2.345L-2.345,-2.345L-2.345,-7.036L2.345,-7.036L2.345,-2.345L7.036,-2.345' +
    'L7.036,2.345L2.345,2.345L2.345,7.036L-2.345,7.036L-2.345,2.345L-7.036,2.345Z',
} as const;

export const SYMBOL_AREA = 110;

type SymbolName = keyof typeof SYMBOL_PATHS;

/**
 * How a kind's marker is drawn: a d3 symbol, optionally rotated. Shapes are
 * always solid: a hollow symbol means an uncertain date, never a kind.
 */
interface Shape {
  name: SymbolName;
  rotate?: number;
}

/** One shape per kind, so colour is never the only cue. */
const KIND_SHAPES: Record<KnownKind, Shape> = {
  visit: { name: 'circle' },
  meeting: { name: 'square' },
  agreement: { name: 'diamond' },
  deal: { name: 'star' },
  deployment: { name: 'triangle' },
  statement: { name: 'wye' },
  application: { name: 'cross' },
  publication: { name: 'triangle', rotate: 180 },
  other: { name: 'square', rotate: 45 },
};

// Kinds outside the vocabulary cycle through rotated variants.
const EXTRA_SHAPES: Shape[] = [
  { name: 'triangle', rotate: 90 },
  { name: 'triangle', rotate: 270 },
  { name: 'star', rotate: 180 },
  { name: 'wye', rotate: 180 },
  { name: 'cross', rotate: 45 },
];

export interface KindSymbol {
  /** SVG path data centred on 0,0, about 20 px across. */
  d: string;
  /** Extra transform, e.g. `rotate(180)`. */
  transform: string | undefined;
}

/** The marker for a kind. */
export function kindSymbol(kind: string): KindSymbol {
  const shape = shapeOf(kind);
  return { d: SYMBOL_PATHS[shape.name], transform: shape.rotate ? `rotate(${shape.rotate})` : undefined };
}

function shapeOf(kind: string): Shape {
  if (Object.hasOwn(KIND_SHAPES, kind)) return KIND_SHAPES[kind as KnownKind];
  let h = 0;
  for (let i = 0; i < kind.length; i++) h = (h * 31 + kind.charCodeAt(i)) >>> 0;
  return EXTRA_SHAPES[h % EXTRA_SHAPES.length]!;
}

/** Sort rank of a kind: the vocabulary's order, other kinds after. */
export { kindRank } from '../layout/lanes.js';

/** The private custom property holding a kind's colour: one of the vocabulary's, or `other`. */
export function kindColorVar(kind: string): string {
  return `--_kind-${(EVENT_KINDS as readonly string[]).includes(kind) ? kind : 'other'}`;
}

/** A kind's colour as a CSS value. */
export function kindColor(kind: string): string {
  return `var(${kindColorVar(kind)})`;
}
