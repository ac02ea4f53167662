const UNIT_MS = {
  Y: 365.2425 * 86_400_000,
  M: 30.436875 * 86_400_000,
  W: 7 * 86_400_000,
  D: 86_400_000,
  h: 3_600_000,
  m: 60_000,
  s: 1000,
} as const;

const DURATION =
  /^P(?:(\d+(?:[.,]\d+)?)Y)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:T(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/i;

/**
 * An ISO 8601 duration (`P1D`, `P500Y`, `PT6H`, `P1Y6M`) in ms, counting a
 * year as 365.2425 days and a month as a twelfth of that: zoom limits need a
 * length, not calendar arithmetic.
 * @throws {RangeError} for anything else, or a zero duration.
 */
export function parseDuration(text: string): number {
  const m = DURATION.exec(text.trim());
  if (!m || text.trim().toUpperCase() === 'P' || /T$/i.test(text.trim())) {
    throw new RangeError(`"${text}" is not an ISO 8601 duration such as P1D, P3M or P500Y`);
  }
  const units = [UNIT_MS.Y, UNIT_MS.M, UNIT_MS.W, UNIT_MS.D, UNIT_MS.h, UNIT_MS.m, UNIT_MS.s];
  let ms = 0;
  units.forEach((u, i) => {
    const v = m[i + 1];
    if (v !== undefined) ms += Number(v.replace(',', '.')) * u;
  });
  if (!(ms > 0)) throw new RangeError(`"${text}" is a zero duration`);
  return ms;
}
