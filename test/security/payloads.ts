/**
 * Known XSS payloads, shared by the parser tests (test/security/) and the
 * element tests (test/components/security.test.ts). Every payload that could
 * run calls `window.__xss(<n>)` (or `alert`), which {@link xssTrap} records.
 */

/** Marks a payload's script, so a run is attributed to the payload that caused it. */
const run = (n: number) => `__xss(${n})`;

/** At least 30 payloads: markup, attributes, URLs, CSS, encodings, template syntax, Unicode tricks. */
export const XSS_PAYLOADS: readonly string[] = [
  `<script>${run(1)}</script>`,
  `<img src=x onerror="${run(2)}">`,
  `<svg onload="${run(3)}">`,
  `<svg><script>${run(4)}</script></svg>`,
  `javascript:${run(5)}`,
  `" onmouseover="${run(6)}`,
  `' onfocus='${run(7)}' autofocus='`,
  `</text><script>${run(8)}</script>`,
  `</title><script>${run(9)}</script>`,
  `<iframe srcdoc="<script>parent.${run(10)}</script>"></iframe>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${run(11)}">`,
  `<template><img src=x onerror="${run(12)}"></template>`,
  `<noscript><p title="</noscript><img src=x onerror=${run(13)}>">`,
  `red;background:url(javascript:${run(14)})`,
  `red}</style><img src=x onerror=${run(15)}>`,
  `data:text/html,<script>parent.${run(16)}</script>`,
  'data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3MoMTcpPC9zY3JpcHQ+',
  `&#106;avascript:${run(18)}`,
  `java\tscript:${run(19)}`,
  `\u0000javascript:${run(20)}`,
  ` javascript:${run(21)}`,
  `JaVaScRiPt:${run(22)}`,
  `<a href="javascript:${run(23)}">click</a>`,
  `<body onload=${run(24)}>`,
  `<details open ontoggle=${run(25)}>`,
  `<input autofocus onfocus=${run(26)}>`,
  `<video><source onerror="${run(27)}">`,
  `<object data="javascript:${run(28)}">`,
  `<embed src="data:text/html,<script>parent.${run(29)}</script>">`,
  `<style>@import 'javascript:${run(30)}';</style>`,
  `<link rel=import href="data:text/html,<script>parent.${run(31)}</script>">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${run(32)}">`,
  `\u202e<img src=x onerror=${run(33)}>\u202c`,
  `＜script＞${run(34)}＜/script＞`,
  `<scr<script>ipt>${run(35)}</scr</script>ipt>`,
  `<!--<img src="--><img src=x onerror=${run(36)}//">`,
  `<![CDATA[<script>${run(37)}</script>]]>`,
  '${alert(38)}',
  `{{constructor.constructor('${run(39)}')()}}`,
  `<x onclick=${run(40)}>click me`,
  `<a href="&#x6A;avascript:${run(41)}">x</a>`,
  `<div style="background:url(javascript:${run(42)})">`,
  `expression(${run(43)})`,
  `red; --_c: url(javascript:${run(44)}); background-image: url(javascript:${run(45)})`,
  `<svg><a xlink:href="javascript:${run(46)}"><text>x</text></a></svg>`,
  `<form action="javascript:${run(47)}"><button>x</button></form>`,
  `<base href="javascript:${run(48)}//">`,
  `<?lit$123$><!--?lit$123$--> lit$123$ ${run(49)}`,
  `\u2028\u2029<img src=x onerror=${run(50)}>`,
  `<IMG SRC=x ONERROR=${run(51)}>`,
  `<img src=x onerror=eval(alt) alt=${run(52)}>`,
  `<svg><animate onbegin=${run(53)} attributeName=x dur=1s>`,
  `<marquee onstart=${run(54)}>`,
  `vbscript:${run(55)}`,
];

/** Text fields of our format each payload is placed in. */
export const TEXT_FIELDS = ['title', 'summary', 'dateText', 'actors', 'place', 'kind', 'source.quote', 'links[].label', 'media.caption', 'media.credit', 'corroboration.note', 'group', 'eras[].title', 'source.title', 'source.publisher'] as const;

/** URLs that must never become a link, an image or a source: every one is dropped. */
export const HOSTILE_URLS: readonly string[] = [
  `javascript:${run(101)}`,
  `JAVASCRIPT:${run(102)}`,
  ` javascript:${run(103)}`,
  `java\tscript:${run(104)}`,
  `java\nscript:${run(105)}`,
  `\u0001javascript:${run(106)}`,
  `&#106;avascript:${run(107)}`,
  `data:text/html,<script>parent.${run(108)}</script>`,
  'data:image/svg+xml,<svg onload="parent.__xss(109)"/>',
  `vbscript:${run(110)}`,
  `file:///etc/passwd`,
  `blob:${location.origin}/x`,
  `javascript://%0a${run(112)}`,
  `jav&#x09;ascript:${run(113)}`,
  `\u00a0javascript:${run(114)}`,
];

/** What the trap saw: payload numbers whose script ran, and alert() calls. */
export interface XssTrap {
  ran: number[];
  alerts: unknown[];
  restore(): void;
}

declare global {
  interface Window {
    __xss?: (n: number) => void;
  }
}

/** Installs `window.__xss` and a recording `window.alert`; `restore()` removes them. */
export function xssTrap(): XssTrap {
  const ran: number[] = [];
  const alerts: unknown[] = [];
  const alert = window.alert;
  window.__xss = (n: number) => {
    ran.push(n);
  };
  window.alert = (message?: unknown) => {
    alerts.push(message);
  };
  return {
    ran,
    alerts,
    restore() {
      delete window.__xss;
      window.alert = alert;
    },
  };
}
