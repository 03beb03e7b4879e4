// pdfkit imports AES from @noble/ciphers for encrypted PDFs, which gesprekskit never makes;
// loading it computes AES tables (~30-60 ms of every build and every render thread). In the
// bundled CLI (scripts/bundle.mjs) it loads on first use instead: the same functions.
let aes;
const load = () => (aes ??= require('../../node_modules/@noble/ciphers/esm/aes.js'));
export const cbc = (...args) => load().cbc(...args);
export const ecb = (...args) => load().ecb(...args);
