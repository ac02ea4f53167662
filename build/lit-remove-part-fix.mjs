// A Rollup plugin for the single-file bundles: lit-html 3.3.1 to 3.3.3's `removePart` (used by the `repeat`
// directive) removes a part's start marker but leaves its end marker, an empty comment, in the DOM
// (lit/lit#5298, regression from lit/lit#4975). Each mark, label, tick, card or table row that a zoom or a
// scroll takes away left one comment behind: 4,000 after 1,000 zoom steps at 1,000 events. This removes the end
// marker too, as the upstream fix (lit/lit#5299) does. The npm build leaves Lit to the application's bundler, so
// it is not patched there.
//
// If lit-html's code changes so that neither the faulty nor a fixed `removePart` is found, the build fails: look
// whether the fix has shipped, then drop or adapt this plugin.

const FILE = /[\\/]lit-html[\\/](development[\\/])?directive-helpers\.js$/;
// Minified: `h=o=>{o._$AR(),o._$AA.remove()}` (_$AR is _$clear, _$AA the start marker, _$AB the end marker).
const MINIFIED = /(\w+)=>\{\1\._\$AR\(\),\1\._\$AA\.remove\(\)\}/;
// Development build: `part._$clear();\n    part._$startNode.remove();`
const DEVELOPMENT = /(\w+)\._\$clear\(\);(\s*)\1\._\$startNode\.remove\(\);/;
const FIXED = /\._\$(AB|endNode)\?\.remove\(\)/;

/** @returns {import('rollup').Plugin} */
export function litRemovePartFix() {
  return {
    name: 'lit-remove-part-fix',
    transform(code, id) {
      if (!FILE.test(id)) return null;
      if (MINIFIED.test(code))
        return { code: code.replace(MINIFIED, '$1=>{$1._$AR(),$1._$AA.remove(),$1._$AB?.remove()}'), map: null };
      if (DEVELOPMENT.test(code))
        return {
          code: code.replace(DEVELOPMENT, '$1._$clear();$2$1._$startNode.remove();$2$1._$endNode?.remove();'),
          map: null,
        };
      if (FIXED.test(code)) return null;
      this.error(
        `${id}: removePart is neither the known faulty form (lit/lit#5298) nor a fixed one; see build/lit-remove-part-fix.mjs`,
      );
    },
  };
}
