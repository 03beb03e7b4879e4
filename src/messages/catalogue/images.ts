import { message } from '../define.js';
import { noun, type Noun } from '../nouns.js';

type Image = { what: Noun; name?: string };

/** Formats people try to use as a logo, by what their first bytes say. */
const FORMATS = {
  gif: { nl: 'een GIF-bestand', en: 'a GIF file' },
  svg: { nl: 'een SVG-bestand', en: 'an SVG file' },
  xml: { nl: 'een SVG- of XML-bestand', en: 'an SVG or XML file' },
  webp: { nl: 'een WebP-bestand', en: 'a WebP file' },
  bmp: { nl: 'een BMP-bestand', en: 'a BMP file' },
  pdf: { nl: 'een PDF-bestand', en: 'a PDF file' },
} as const;
export type OtherImageFormat = keyof typeof FORMATS;

/** What is wrong inside a PNG or JPEG file. */
const DAMAGE = {
  'cut-off': { nl: 'het is afgebroken', en: 'it is cut off' },
  'short-header': { nl: 'te korte kop', en: 'short header' },
  'no-header': { nl: 'geen kop', en: 'no header' },
  'colour-format': { nl: 'onbekend kleurformaat', en: 'unknown colour format' },
  unpack: { nl: 'de beeldgegevens kunnen niet uitgepakt worden', en: 'the image data cannot be unpacked' },
  incomplete: { nl: 'de beeldgegevens zijn onvolledig', en: 'the image data is incomplete' },
  'no-size': { nl: 'geen afmetingen', en: 'no size' },
  'too-much-data': { nl: 'de beeldgegevens zijn groter dan de kop zegt', en: 'its image data is larger than its header says' },
} as const;
export type ImageDamage = keyof typeof DAMAGE;

const RESAVE = {
  nl: 'Open het in een beeldbewerker en bewaar het opnieuw als PNG of JPEG.',
  en: 'Open it in an image editor and save it again as PNG or JPEG.',
};

/** Logos: PNG or JPEG, checked completely before pdfkit sees them. */
export const imageMessages = {
  imageTooLarge: message('GK_IMAGE_TOO_LARGE', (p: Image & { mb: number; limitMb: number }) => ({
    nl: {
      message: `${noun(p.what, 'nl', p.name)} is ${String(p.mb).replace('.', ',')} MB; de grens is ${p.limitMb} MB`,
      hint: 'Bewaar een kleinere versie: zo\'n 600 pixels breed is ruim genoeg voor een logo op papier.',
    },
    en: {
      message: `${noun(p.what, 'en', p.name)} is ${p.mb} MB; the limit is ${p.limitMb} MB`,
      hint: 'Save a smaller version: about 600 pixels wide is plenty for a logo on paper.',
    },
  })),
  imageFormat: message('GK_IMAGE_INVALID', (p: Image & { format?: OtherImageFormat }) => ({
    nl: {
      message: `${noun(p.what, 'nl', p.name)} is ${p.format ? FORMATS[p.format].nl : 'geen afbeelding die gesprekskit kan gebruiken'}; alleen PNG- en JPEG-afbeeldingen werken`,
      hint: 'Exporteer het logo als PNG (of JPEG) en verwijs naar dat bestand.',
    },
    en: {
      message: `${noun(p.what, 'en', p.name)} is ${p.format ? FORMATS[p.format].en : 'not an image gesprekskit can use'}; only PNG and JPEG images work`,
      hint: 'Export the logo as PNG (or JPEG) and point to that file.',
    },
  })),
  imageDamaged: message('GK_IMAGE_INVALID', (p: Image & { format: 'png' | 'jpeg'; damage?: ImageDamage }) => {
    const kind = p.format === 'png' ? 'PNG' : 'JPEG';
    return {
      nl: { message: `${noun(p.what, 'nl', p.name)} is een beschadigd ${kind}-bestand${p.damage ? ` (${DAMAGE[p.damage].nl})` : ''}`, hint: RESAVE.nl },
      en: { message: `${noun(p.what, 'en', p.name)} is a damaged ${kind} file${p.damage ? ` (${DAMAGE[p.damage].en})` : ''}`, hint: RESAVE.en },
    };
  }),
  imagePixels: message('GK_IMAGE_INVALID', (p: Image & { width: number; height: number }) => ({
    nl: {
      message: `${noun(p.what, 'nl', p.name)} is ${p.width} × ${p.height} pixels, meer dan gesprekskit uitpakt (hoogstens 10000 per zijde en 20 miljoen pixels)`,
      hint: 'Bewaar een kleinere versie: zo\'n 1000 pixels breed is ruim genoeg voor een logo op papier.',
    },
    en: {
      message: `${noun(p.what, 'en', p.name)} is ${p.width} × ${p.height} pixels, more than gesprekskit unpacks (at most 10000 on a side and 20 million pixels)`,
      hint: 'Save a smaller version: about 1000 pixels wide is plenty for a logo on paper.',
    },
  })),
};
