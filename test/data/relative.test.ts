import { expect } from '@open-wc/testing';
import { resolveRelative, relativeAnchor } from '../../src/data/relative.js';

const published = '2023-08-02'; // a Wednesday

describe('resolveRelative', () => {
  it('resolveRelative("last week") is a point somewhere in the previous Monday–Sunday week', () => {
    expect(resolveRelative('last week', { published })).to.equal('[2023-07-24..2023-07-30]');
    // Publication on a Monday or a Sunday still means the whole week before.
    expect(resolveRelative('last week', { published: '2023-07-31' })).to.equal('[2023-07-24..2023-07-30]');
    expect(resolveRelative('last week', { published: '2023-08-06' })).to.equal('[2023-07-24..2023-07-30]');
  });

  it('resolveRelative("last month") is the previous month, across a year boundary too', () => {
    expect(resolveRelative('Last month', { published })).to.equal('2023-07');
    expect(resolveRelative('last month', { published: '2024-01-15' })).to.equal('2023-12');
  });

  it('resolveRelative("last year") is a year, not a day', () => {
    expect(resolveRelative('last year', { published })).to.equal('2022');
    expect(resolveRelative('last year', { published: '0001-06-01' })).to.equal('0000');
  });

  it('resolveRelative("in May") is the latest May not after publication', () => {
    expect(resolveRelative('In May', { published })).to.equal('2023-05');
    expect(resolveRelative('in August', { published })).to.equal('2023-08');
    expect(resolveRelative('in September', { published })).to.equal('2022-09');
  });

  it('resolveRelative("on 31 July") is that day, in the latest year not after publication', () => {
    expect(resolveRelative('on 31 July', { published })).to.equal('2023-07-31');
    expect(resolveRelative('July 31', { published })).to.equal('2023-07-31');
    expect(resolveRelative('on 3 August', { published })).to.equal('2022-08-03');
    expect(() => resolveRelative('on 31 June', { published })).to.throw(/not a day/);
  });

  it('resolveRelative("months earlier") is open and approximate, ending two months before the anchor', () => {
    expect(resolveRelative('Months earlier', { published, anchor: '2023-05' })).to.equal('[..2023-03~]');
    expect(resolveRelative('months earlier', { published, anchor: '2023-01-10' })).to.equal('[..2022-11~]');
    expect(resolveRelative('years earlier', { published, anchor: '2023-05' })).to.equal('[..2021~]');
    expect(() => resolveRelative('months earlier', { published })).to.throw(/anchor/);
  });

  it('resolveRelative("following …") runs from the anchor to publication', () => {
    expect(resolveRelative('Following the signing last week', { published, anchor: '[2023-07-24..2023-07-30]' })).to.equal(
      '[2023-07-24..2023-08-02]',
    );
    expect(resolveRelative('In response', { published, anchor: '2023-07-28' })).to.equal('[2023-07-28..2023-08-02]');
  });

  it('resolveRelative returns null for phrases it does not know', () => {
    expect(resolveRelative('recently', { published })).to.equal(null);
    expect(resolveRelative('in 2019', { published })).to.equal(null);
  });

  it('relativeAnchor(phrase) says which event a phrase is measured from', () => {
    expect(relativeAnchor('last week')).to.equal('publication');
    expect(relativeAnchor('Months earlier')).to.equal('later');
    expect(relativeAnchor('In response')).to.equal('earlier');
    expect(relativeAnchor('soon')).to.equal(null);
  });

  it('rejects a publication date that is not a day', () => {
    expect(() => resolveRelative('last week', { published: '2023-08' })).to.throw(/day/);
  });
});
