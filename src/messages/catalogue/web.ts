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
  webConfigLogoNotOpened: message<{ logo: string }>('GK_CONFIG_LOGO_NOT_OPENED', (p) => ({
    nl: {
      message: `het instellingenbestand noemt het logo "${p.logo}", maar dat bestand koos je niet mee`,
      hint: `Open het instellingenbestand opnieuw en kies ${p.logo} er tegelijk bij (houd Ctrl of Cmd ingedrukt), of kies het logo daarna apart.`,
    },
    en: {
      message: `the config file names the logo "${p.logo}", but you did not choose that file with it`,
      hint: `Open the config file again and choose ${p.logo} along with it (hold Ctrl or Cmd), or choose the logo separately afterwards.`,
    },
  })),
  previewPortInUse: message<{ port: number }>('GK_PREVIEW_PORT_IN_USE', (p) => ({
    nl: {
      message: `poort ${p.port} is al in gebruik, misschien door een andere gesprekskit preview`,
      hint: 'Stop het andere programma, of kies een andere poort met --port (bv. --port 4311).',
    },
    en: {
      message: `port ${p.port} is already in use, perhaps by another gesprekskit preview`,
      hint: 'Stop the other program, or choose another port with --port (e.g. --port 4311).',
    },
  })),
  previewPortNotAllowed: message<{ port: number }>('GK_PREVIEW_PORT', (p) => ({
    nl: {
      message: `poort ${p.port} mag hier niet gebruikt worden`,
      hint: 'Kies een poort vanaf 1024, bv. --port 4310.',
    },
    en: {
      message: `port ${p.port} may not be used here`,
      hint: 'Choose a port from 1024 up, e.g. --port 4310.',
    },
  })),
};
