// tiny-inflate's function (raw DEFLATE into a preallocated array) on Node's native zlib,
// for the bundled CLI (scripts/bundle.mjs). fontkit's Unicode tables are inflated with it
// when fontkit loads: in pure JavaScript, cold, that took about 100 ms of every build.
// Same bytes out: both decode the same DEFLATE stream.
const { inflateRawSync } = require('node:zlib');

module.exports = function inflate(source, dest) {
  const out = inflateRawSync(source);
  dest.set(out.length > dest.length ? out.subarray(0, dest.length) : out);
  return out.length < dest.length ? dest.slice(0, out.length) : dest;
};
