import { expect } from 'chai';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { buildInto, FIXTURES } from '../helpers/kit.js';
import { tempDir } from '../helpers/temp.js';

const TITLE = 'Wij & zij: <samen> "echt" \'t is 100% > 99';

/** The PDF's document info and its XMP metadata, parsed by pdfjs (null when the XMP is not valid XML). */
async function metadataOf(file: string) {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0, isEvalSupported: false }).promise;
  const { info, metadata } = await doc.getMetadata();
  await doc.destroy();
  return { title: (info as { Title?: string }).Title, xmpTitle: metadata?.get('dc:title') ?? null, xmp: metadata };
}

describe('layout: PDF metadata', () => {
  let files: string[];

  before(async () => {
    const lessons = tempDir('gk-meta-');
    const text = readFileSync(join(FIXTURES, 'lessons', 'minimal.yaml'), 'utf8').replace('title: Een kleine les', `title: ${JSON.stringify(TITLE)}`);
    writeFileSync(join(lessons, 'minimaal.yaml'), text);
    const result = await buildInto(tempDir(), { lessonsDir: lessons });
    expect(result.failed).to.deep.equal([]);
    files = result.files.map((f) => f.file);
  });

  it('keeps a title with & < > and quotes intact in the document info and valid in the XMP', async () => {
    for (const file of files) {
      const meta = await metadataOf(file);
      expect(meta.title).to.match(new RegExp(`^${TITLE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} – `));
      expect(meta.xmp, 'XMP could not be parsed').to.not.equal(null);
      expect(meta.xmpTitle).to.equal(meta.title);
    }
  });

  it('passes qpdf --check', function () {
    if (spawnSync('qpdf', ['--version']).error) this.skip();
    for (const file of files) expect(execFileSync('qpdf', ['--check', file]).toString()).to.include('No syntax or stream encoding errors');
  });
});
