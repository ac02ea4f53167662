import { expect } from '@open-wc/testing';
import { loadOnce } from '../../src/controllers/load-once.js';

describe('loadOnce', () => {
  it('loads once: calls share one promise', async () => {
    let calls = 0;
    const load = loadOnce(async () => ({ n: ++calls }));
    const [a, b] = await Promise.all([load(), load()]);
    expect(a).to.equal(b);
    expect(await load()).to.equal(a);
    expect(calls).to.equal(1);
  });

  it('forgets a failed load: the next call tries again', async () => {
    let calls = 0;
    const load = loadOnce(async () => {
      if (++calls === 1) throw new Error('offline');
      return 'code';
    });
    let error: unknown = null;
    await load().catch((e: unknown) => (error = e));
    expect((error as Error).message).to.equal('offline');
    expect(await load()).to.equal('code');
    expect(await load()).to.equal('code');
    expect(calls).to.equal(2);
  });
});
