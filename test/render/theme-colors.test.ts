import { expect } from '@open-wc/testing';
import { ThemeColors } from '../../src/render/theme-colors.js';

/** A probe span and a cluster style source, as the plot renders them, under custom properties of a host. */
function probes() {
  const host = document.createElement('div');
  host.style.cssText = '--a: rgb(255, 0, 0); --b: light-dark(rgb(0, 128, 0), rgb(0, 0, 255)); --c: #00f; color-scheme: light;';
  host.innerHTML = `<span class="probe" style="display:none"></span>
    <svg><g class="cluster" style="fill: var(--_c); opacity: 0.5"><rect style="fill: var(--_c); stroke: black; stroke-width: 2px"></rect>
    <text style="fill: white; font: 600 11px sans-serif">0</text></g></svg>`;
  document.body.append(host);
  return { host, probe: host.querySelector<HTMLElement>('.probe')!, g: host.querySelector<SVGGElement>('g.cluster')! };
}

describe('ThemeColors', () => {
  it('prefetch reads every colour and bubble style at once, equal to reading them one by one, and leaves no node behind', () => {
    const { host, probe, g } = probes();
    try {
      const vars = ['--a', '--b', '--c', '--a'];
      const one = new ThemeColors();
      const expected = vars.map((v) => one.color(probe, v));
      const styles = vars.map((v) => one.clusterStyle(g, v));
      const batch = new ThemeColors();
      const before = host.querySelectorAll('*').length;
      batch.prefetch(probe, g, vars);
      expect(host.querySelectorAll('*').length, 'the copies are removed').to.equal(before);
      expect(vars.map((v) => batch.color(probe, v))).to.deep.equal(expected);
      expect(expected).to.deep.equal(['rgb(255, 0, 0)', 'rgb(0, 128, 0)', 'rgb(0, 0, 255)', 'rgb(255, 0, 0)']);
      expect(vars.map((v) => batch.clusterStyle(g, v))).to.deep.equal(styles);
      expect(styles[1]).to.include({ fill: 'rgb(0, 128, 0)', strokeWidth: 2, opacity: 0.5, fontSize: 11 });
      // Cached: a probe that now says otherwise is not read again until the cache is invalidated.
      host.style.setProperty('--a', 'rgb(1, 2, 3)');
      batch.prefetch(probe, g, ['--a']);
      expect(batch.color(probe, '--a')).to.equal('rgb(255, 0, 0)');
      batch.invalidate('another theme');
      batch.prefetch(probe, g, ['--a', '--c']);
      expect(batch.color(probe, '--a')).to.equal('rgb(1, 2, 3)');
    } finally {
      host.remove();
    }
  });
});
