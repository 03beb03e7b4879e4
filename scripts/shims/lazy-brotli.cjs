// fontkit imports brotli's decompressor for WOFF2 fonts, which gesprekskit never opens (its
// fonts are TrueType files): 1.4 MB of code, mostly a dictionary, compiled in every process
// and thread that loads fontkit (about 25 ms each). In the bundled CLI (scripts/bundle.mjs)
// it is read from node_modules on first use instead: the same function. The name is not
// written as a literal so that esbuild leaves the require to run time.
const name = ['brotli', 'decompress.js'].join('/');
let decompress;
module.exports = function brotliDecompress(...args) {
  decompress ??= require(name);
  return decompress(...args);
};
