// Fills in a fillable worksheet the way a student would in a PDF viewer, for the README
// picture: node --import tsx docs/fill-worksheet.ts IN.pdf OUT.pdf. Uses pdf-lib (a
// devDependency) and sets the answers in Noto Sans, the font gesprekskit prints with.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import { PDFDocument, PDFRadioGroup } from 'pdf-lib';

const [input, output] = process.argv.slice(2);
if (!input || !output) throw new Error('usage: fill-worksheet.ts IN.pdf OUT.pdf');
const doc = await PDFDocument.load(readFileSync(input));
doc.registerFontkit(fontkit as never);
const require = createRequire(import.meta.url);
const font = await doc.embedFont(readFileSync(require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf')));
const form = doc.getForm();
const answers: Record<string, string> = {
  naam: 'Lotte Janssens',
  klas: '4B',
  datum: '12 maart',
  'vragen-1': 'Vader, Europeaan, Belg, politicus en boekenwurm.',
  'vragen-2': 'Groepsdenken: mensen alleen zien als deel van een groep, bv. blank of gekleurd. Dan verliezen we alle andere identiteiten die iemand heeft.',
  'vragen-3': 'Jan woont al veel generaties in Mechelen, Ali is de derde generatie. Volgens Somers zijn ze allebei eerste generatie ‘superdiverse’ Mechelaars.',
  'vragen-4': 'Dat je niemand in één hokje kan stoppen: iedereen is uniek en verschillend.',
  'vragen-5': 'Ze tellen nationaliteiten, niet wat mensen doen of denken. Een paspoort zegt niet wie iemand is.',
};
for (const [name, text] of Object.entries(answers)) form.getTextField(name).setText(text);
const scale = form.getFields().find((f): f is PDFRadioGroup => f instanceof PDFRadioGroup);
scale?.select('eens');
form.updateFieldAppearances(font);
writeFileSync(output, await doc.save());
