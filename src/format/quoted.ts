/**
 * A problem message cut into plain text and the values it quotes, so each
 * quoted value can be rendered in its own `<bdi>`: a right-to-left override
 * (U+202E) or an unbalanced isolate in a title or id then cannot reorder the
 * rest of the message around it.
 *
 * A quoted run starts at `"` and ends at the first `"` that is followed by
 * white space, `)`, `,`, `.`, `:`, `;` or the end, so a value that itself
 * holds quotes (`"a"b"`) stays one run. Joining the parts gives the message back.
 */
export function splitQuoted(message: string): Array<{ text: string; quoted: boolean }> {
  const parts: Array<{ text: string; quoted: boolean }> = [];
  const QUOTED = /"(?:[^"]|"(?![\s),.:;]|$))*"(?=[\s),.:;]|$)/g;
  let last = 0;
  for (const m of message.matchAll(QUOTED)) {
    if (m.index > last) parts.push({ text: message.slice(last, m.index), quoted: false });
    parts.push({ text: m[0], quoted: true });
    last = m.index + m[0].length;
  }
  if (last < message.length) parts.push({ text: message.slice(last), quoted: false });
  return parts;
}
