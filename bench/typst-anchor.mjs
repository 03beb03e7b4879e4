// The benchmark's per-page anchor, run as a cold process: Typst compiles a .typ file to PDF.
//   node bench/typst-anchor.mjs file.typ out.pdf fontDir1,fontDir2,…   → prints the page count
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { readFileSync, writeFileSync } from 'node:fs';

const [typ, pdf, fonts] = process.argv.slice(2);
const compiler = NodeCompiler.create({ fontArgs: [{ fontPaths: fonts.split(',') }] });
const result = compiler.compile({ mainFileContent: readFileSync(typ, 'utf8') });
if (result.hasError()) {
  result.printErrors();
  process.exit(1);
}
const doc = result.result;
writeFileSync(pdf, compiler.pdf(doc));
process.stdout.write(String(doc.numOfPages));
