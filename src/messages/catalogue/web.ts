import { message } from '../define.js';

/** Messages of the web app and of `gesprekskit web` (issue 12). */
export const webMessages = {
  webUnknownLesson: message<{ id: string; known: string }>('GK_UNKNOWN_LESSON', (p) => ({
    nl: { message: `er is geen les "${p.id}"`, hint: `Lessen hier: ${p.known}.` },
    en: { message: `there is no lesson "${p.id}"`, hint: `Lessons here: ${p.known}.` },
  })),
  webFolderNotOurs: message('GK_OUTPUT_NOT_OURS', () => ({
    nl: {
      message: 'deze map bestaat al en gesprekskit heeft ze niet gemaakt; ze wordt niet vervangen',
      hint: 'Kies met --out een nieuwe of lege map voor de website.',
    },
    en: {
      message: 'this folder already exists and gesprekskit did not make it; it is not replaced',
      hint: 'Choose a new or empty folder for the site with --out.',
    },
  })),
  webBundleMissing: message('GK_WEB_BUNDLE_MISSING', () => ({
    nl: {
      message: 'de browserversie van gesprekskit (dist/browser/gesprekskit.js) ontbreekt in deze installatie',
      hint: 'Installeer gesprekskit opnieuw, of voer "npm run build" uit in de map van gesprekskit.',
    },
    en: {
      message: 'the browser build of gesprekskit (dist/browser/gesprekskit.js) is missing from this installation',
      hint: 'Install gesprekskit again, or run "npm run build" in the gesprekskit folder.',
    },
  })),
};
