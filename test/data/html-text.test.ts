import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { htmlToText } from '../../src/data/html-text.js';

fc.configureGlobal({ seed: 20230802 });

/** Any "<" that a browser would read as the start of a tag or comment. */
const TAG_START = /<[A-Za-z!/?]/;

describe('htmlToText', () => {
  it('htmlToText(html) drops tags and keeps their text', () => {
    expect(htmlToText('<p>Ada <b>Lovelace</b> wrote <a href="https://example.org/">the notes</a>.</p>')).to.equal(
      'Ada Lovelace wrote the notes.',
    );
    expect(htmlToText('plain text')).to.equal('plain text');
    expect(htmlToText('')).to.equal('');
  });

  it('htmlToText(html) turns <br> and block boundaries into line breaks, at most one blank line, trimmed', () => {
    expect(htmlToText('<p>One</p><p>Two</p>')).to.equal('One\n\nTwo');
    expect(htmlToText('line<br>break<BR/>again')).to.equal('line\nbreak\nagain');
    expect(htmlToText('a<br><br><br><br>b')).to.equal('a\n\nb');
    expect(htmlToText('<ul><li>x</li><li>y</li></ul>after')).to.equal('x\ny\n\nafter');
    expect(htmlToText('<div>a</div><div>b</div>')).to.equal('a\nb');
    expect(htmlToText('<h2>Title</h2>Body')).to.equal('Title\n\nBody');
    expect(htmlToText('<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>')).to.equal('a b\nc');
    expect(htmlToText('\n\n  <p>  padded  </p>  <br>\n')).to.equal('padded');
  });

  it('htmlToText(html) collapses source whitespace as a browser does', () => {
    expect(htmlToText('  many \n\t spaces   here ')).to.equal('many spaces here');
    expect(htmlToText('a <i>b</i> <i>c</i>')).to.equal('a b c');
    expect(htmlToText('Sp<b>lit</b>word')).to.equal('Splitword');
  });

  it('htmlToText(html) drops script, style, template, iframe and friends with their content', () => {
    expect(htmlToText('a<script>alert("x")</script>b')).to.equal('ab');
    expect(htmlToText('a<SCRIPT type="module">if (a</b) {}</SCRIPT >b')).to.equal('ab');
    expect(htmlToText('a<style>p > b { color: red }</style>b')).to.equal('ab');
    expect(htmlToText('a<template><p>hidden</p><template>x</template></template>b')).to.equal('ab');
    expect(htmlToText('a<iframe src="https://evil.example/"><p>fallback</p></iframe>b')).to.equal('ab');
    expect(htmlToText('a<noscript>enable JS</noscript>b<textarea><b>raw</b></textarea>c')).to.equal('abc');
    expect(htmlToText('a<svg><text>drawn</text><svg><text>nested</text></svg>still</svg>b')).to.equal('ab');
    expect(htmlToText('a<svg/>b')).to.equal('ab');
    expect(htmlToText('a<object data="x.swf">fallback</object>b')).to.equal('ab');
  });

  it('htmlToText(html) drops comments, doctypes and processing instructions', () => {
    expect(htmlToText('a<!-- hidden <b>bold</b> -->b')).to.equal('ab');
    expect(htmlToText('a<!---->b<!-->c<!--->d<!-- x --!>e')).to.equal('abcde');
    expect(htmlToText('<!DOCTYPE html>a<?xml version="1.0"?>b<![CDATA[c]]>d')).to.equal('abd');
  });

  it('htmlToText(html) reduces XSS payloads to harmless text', () => {
    const cases: Array<[string, string]> = [
      ['<img src=x onerror=alert(1)>', ''],
      ['<img src="x" onerror="alert(1)">caption', 'caption'],
      ['<script>alert(1)</script>', ''],
      ['<svg onload=alert(1)>', ''],
      ['<svg/onload=alert(1)>inside the svg', ''],
      ['<a href="javascript:alert(1)">click me</a>', 'click me'],
      ['<a href=javascript:alert(1)>x</a>', 'x'],
      ['<body onload=alert(1)>hi', 'hi'],
      ['<iframe srcdoc="<script>alert(1)</script>"></iframe>ok', 'ok'],
      ['<scr<script>ipt>alert(1)</script>', 'ipt>alert(1)'],
      ['<<script>alert(1)//<</script>script>', '<\u200Bscript>'],
      ['<math><mi xlink:href="javascript:alert(1)">x</mi></math>', ''],
      ['<div style="background:url(javascript:alert(1))">styled</div>', 'styled'],
      ['"><script>alert(document.cookie)</script>', '">'],
    ];
    for (const [html, text] of cases) {
      const out = htmlToText(html);
      expect(out, html).to.equal(text);
      expect(out, html).not.to.match(TAG_START);
    }
  });

  it('htmlToText(html) keeps escaped markup as text but inert (a zero-width space after "<")', () => {
    const out = htmlToText('Use &lt;script&gt; &amp; &lt;/b&gt; tags, and 1 &lt; 2');
    expect(out).to.equal('Use <\u200Bscript> & <\u200B/b> tags, and 1 < 2');
    expect(out).not.to.match(TAG_START);
  });

  it('htmlToText(html) decodes numeric references, with invalid code points as U+FFFD', () => {
    expect(htmlToText('&#65;&#x42;&#X43;&#0100;')).to.equal('ABCd');
    expect(htmlToText('&#x1F680;')).to.equal('🚀');
    expect(htmlToText('[&#0;][&#xD800;][&#x110000;][&#99999999999999999999;]')).to.equal('[\ufffd][\ufffd][\ufffd][\ufffd]');
    // HTML maps C1 references to their Windows-1252 meaning.
    expect(htmlToText('&#150;&#147;x&#148;&#128;')).to.equal('–“x”€');
    expect(htmlToText('&#65 no semicolon')).to.equal('A no semicolon');
  });

  it('htmlToText(html) decodes named entities and leaves unknown ones as written', () => {
    const named =
      '&amp;&lt;&gt;&quot;&apos;&ndash;&mdash;&lsquo;&rsquo;&ldquo;&rdquo;&hellip;&copy;&reg;&trade;&euro;&pound;&yen;&cent;&deg;&plusmn;&times;&divide;&laquo;&raquo;&middot;&bull;&eacute;&egrave;&aacute;&agrave;&oacute;&uuml;&ouml;&auml;&szlig;&ccedil;&ntilde;';
    expect(htmlToText(named)).to.equal('&<>"\'–—‘’“”…©®™€£¥¢°±×÷«»·•éèáàóüöäßçñ');
    expect(htmlToText('a&nbsp;b')).to.equal('a\u00a0b');
    expect(htmlToText('&Eacute;cole')).to.equal('École');
    expect(htmlToText('&bogus; &ampx; AT&T &;')).to.equal('&bogus; &ampx; AT&T &;');
    expect(htmlToText('&amp &copy 2020')).to.equal('& © 2020');
    expect(htmlToText('&hellip without semicolon')).to.equal('&hellip without semicolon');
  });

  it('htmlToText(html) survives malformed HTML', () => {
    expect(htmlToText('a < b and c > d')).to.equal('a < b and c > d');
    expect(htmlToText('I <3 HTML')).to.equal('I <3 HTML');
    expect(htmlToText('<a title="x > y" href=\'p>q\'>link</a> after')).to.equal('link after');
    expect(htmlToText('<p>unclosed <b>bold <i>italic')).to.equal('unclosed bold italic');
    expect(htmlToText('text <b')).to.equal('text');
    expect(htmlToText('text <a title="never closed>more text')).to.equal('text');
    expect(htmlToText('a<!-- never closed')).to.equal('a');
    expect(htmlToText('a<script>never closed')).to.equal('a');
    expect(htmlToText('a</>b</ b>c')).to.equal('abc');
    expect(htmlToText('trailing <')).to.equal('trailing <');
    expect(htmlToText('</p>stray closers</div>')).to.equal('stray closers');
  });

  it('htmlToText(html) stays fast on 1 MB of hostile input', () => {
    const hostile = [
      '<a title="'.repeat(100_000),
      '<'.repeat(1_000_000),
      '<a '.repeat(333_333),
      '<b> '.repeat(250_000),
      ' '.repeat(1_000_000) + 'x',
      '&#'.padEnd(1_000_000, '9'),
      '&'.repeat(1_000_000),
      '<!--'.repeat(250_000),
      '<script>'.repeat(125_000),
      '<svg>'.repeat(200_000),
      '<a b=\'x\' '.repeat(100_000),
      '</x '.repeat(250_000),
      '<p>a</p>'.repeat(125_000),
    ];
    // No time limit (timings belong in benchmarks): a backtracking regex would still trip mocha's timeout.
    for (const s of hostile) expect(htmlToText(s)).not.to.match(TAG_START);
  });

  it('htmlToText(html) never throws and never outputs "<script" or any tag start (property)', () => {
    const unit = fc.constantFrom(
      '<', '>', '/', '!', '?', '-', '--', '=', '"', "'", ' ', '\n', 'a', 'b', 'p', 'br', 'script', 'SCRIPT', 'style',
      'svg', 'onload', '&', '#', 'x3c', '60', ';', 'lt', '&lt;', '&#60;', '&#x3C;', 'javascript:', '<!--', '-->', '</',
    );
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit, maxLength: 60 }), fc.string({ unit: 'grapheme' })), (html) => {
        const out = htmlToText(html);
        expect(out).to.be.a('string');
        expect(out.toLowerCase(), html).not.to.include('<script');
        expect(out, html).not.to.match(TAG_START);
        expect(out, html).to.equal(out.trim());
      }),
      { numRuns: 5000 },
    );
  });

  it('htmlToText(text) only collapses whitespace in text without markup (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'Z', 'é', '中', '1', '.', ' ', '\n') }), (s) => {
        expect(htmlToText(s)).to.equal(s.replace(/\s+/g, ' ').trim());
      }),
    );
  });
});
