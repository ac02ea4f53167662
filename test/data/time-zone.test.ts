import { expect } from '@open-wc/testing';
import { parseEdtf } from '../../src/data/edtf.js';
import { normalize } from '../../src/data/normalize.js';

declare global {
  interface Window {
    __TEST_TZ__: string | null;
  }
}

describe('time zones', () => {
  it('the browser runs in the zone the suite was started with', () => {
    if (window.__TEST_TZ__) expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(window.__TEST_TZ__);
  });

  it('date-only values are the same calendar day in the local zone and every other', () => {
    const local = Intl.DateTimeFormat().resolvedOptions().timeZone;
    for (const s of ['2023-07-31', '2023-01-01', '1900-03-01', '-0044-03-15']) {
      const d = parseEdtf(s, { timeZone: local });
      const u = new Date(d.earliest);
      const [y, m, day] = s.replace(/^-/, 'm').split('-');
      expect(u.getUTCDate(), s).to.equal(Number(day));
      expect(u.getUTCMonth() + 1, s).to.equal(Number(m));
      expect(u.getUTCFullYear(), s).to.equal(y!.startsWith('m') ? -Number(y!.slice(1)) : Number(y));
    }
  });

  it('a time with an offset lands on the wall clock of the chosen zone, across DST', () => {
    const la = normalize([{ title: 'x', date: '2023-07-31T18:00:00Z' }], { timeZone: 'America/Los_Angeles' }).events[0]!;
    expect(new Date(la.date!.earliest).toISOString()).to.equal('2023-07-31T11:00:00.000Z'); // PDT, UTC-7
    const winter = parseEdtf('2023-01-31T18:00:00Z', { timeZone: 'America/Los_Angeles' });
    expect(new Date(winter.earliest).toISOString()).to.equal('2023-01-31T10:00:00.000Z'); // PST, UTC-8
  });
});
