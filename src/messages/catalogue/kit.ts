import { message } from '../define.js';

/** Messages about the kit as a whole: which lessons there are, where output goes. */
export const kitMessages = {
  noLessons: message('GK_NO_LESSONS', () => ({
    nl: {
      message: 'in deze map staan geen lesbestanden (*.yaml)',
      hint: 'Maak er een met "gesprekskit new <id>", of wijs met --lessons de juiste map aan.',
    },
    en: {
      message: 'this folder holds no lesson files (*.yaml)',
      hint: 'Create one with "gesprekskit new <id>", or point --lessons at the right folder.',
    },
  })),
};
