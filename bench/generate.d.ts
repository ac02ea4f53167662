export function random(seed: number): () => number;
export const KINDS: string[];
export const START: number;
export const YEARS: number;
export function generateEvents(n: number, seed?: number): Array<{ id: string; title: string; kind: string; date: string }>;
export function toVisItems(events: Array<{ id: string; title: string; kind: string; date: string }>): Array<Record<string, unknown>>;
