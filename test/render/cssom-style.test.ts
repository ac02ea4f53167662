import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { cssomStyle, type StyleValues } from '../../src/render/cssom-style.js';

describe('cssomStyle', () => {
  const view = (values: StyleValues) => html`<div style=${cssomStyle(values)}></div>`;

  it('writes each property through the CSSOM, kebab-casing names and keeping custom properties as they are', () => {
    const host = document.createElement('div');
    render(view({ maxHeight: '20px', '--_c': 'red', opacity: 0.5 }), host);
    const div = host.firstElementChild as HTMLElement;
    expect(div.style.maxHeight).to.equal('20px');
    expect(div.style.getPropertyValue('--_c')).to.equal('red');
    expect(div.style.opacity).to.equal('0.5');
  });

  it('removes what the next render leaves out, or sets to null or empty', () => {
    const host = document.createElement('div');
    render(view({ maxHeight: '20px', opacity: 0.5, width: '3px' }), host);
    render(view({ maxHeight: null, width: '' }), host);
    const div = host.firstElementChild as HTMLElement;
    expect(div.getAttribute('style') ?? '').to.equal('');
  });

  it('writes a value again only when it changed, also one the engine reads back in another form', () => {
    const host = document.createElement('div');
    const values = { maskImage: 'linear-gradient(to right, #000 4.0px, transparent 4.0px)', width: '3px' };
    render(view(values), host);
    const div = host.firstElementChild as HTMLElement;
    let writes = 0;
    const set = div.style.setProperty.bind(div.style);
    div.style.setProperty = (...a: Parameters<CSSStyleDeclaration['setProperty']>) => {
      writes++;
      set(...a);
    };
    render(view({ ...values }), host);
    expect(writes).to.equal(0);
    render(view({ ...values, width: '4px' }), host);
    expect(writes).to.equal(1);
    expect(div.style.width).to.equal('4px');
  });

  it('must be the whole value of a style attribute', () => {
    const host = document.createElement('div');
    expect(() => render(html`<div title=${cssomStyle({})}></div>`, host)).to.throw(/whole value of a style attribute/);
  });
});
