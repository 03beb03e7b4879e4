import type { LabelLanguage } from '../kit/options.js';

/**
 * The fixed wording of the built-in templates, keyed by its Dutch text. Templates write
 * `{{t "Woordenlijst"}}`: the Dutch stays readable in the template (the wording a school
 * edits), and `labels: en` prints the English below. A text without an entry prints as
 * written, so a school's own heading never disappears.
 */
const EN: Record<string, string> = {
  // Pieces (running header, PDF title).
  Werkblad: 'Worksheet',
  Lerarenhandleiding: 'Teacher guide',
  Jeugdwerksessie: 'Youth session',
  Kaartjes: 'Cards',
  Borden: 'Signs',
  // Question groups.
  'Vragen bij de tekst': 'Questions about the text',
  Denkvragen: 'Thinking questions',
  'Jouw mening': 'Your opinion',
  // Default boards of four corners and the ends of a barometer.
  'Helemaal eens': 'Strongly agree',
  Eens: 'Agree',
  Oneens: 'Disagree',
  'Helemaal oneens': 'Strongly disagree',
  // Worksheet.
  'Kernvraag:': 'Key question:',
  'Zo praten we met elkaar': 'How we talk with each other',
  'Over de tekst': 'About the text',
  'De tekst': 'The text',
  Woordenlijst: 'Glossary',
  Woord: 'Word',
  'Wat betekent het?': 'What does it mean?',
  Vragen: 'Questions',
  Exitticket: 'Exit ticket',
  'Opdracht:': 'Task:',
  Stellingen: 'Statements',
  'Bron:': 'Source:',
  'helemaal oneens|oneens|neutraal|eens|helemaal eens': 'strongly disagree|disagree|neutral|agree|strongly agree',
  // Teacher guide.
  'Thema:': 'Theme:',
  'Voor wie:': 'For:',
  'Duur:': 'Duration:',
  minuten: 'minutes',
  min: 'min',
  Lesdoelen: 'Learning objectives',
  'Na deze les kunnen de leerlingen:': 'After this lesson, students can:',
  'Plaats in het leerplan': 'Place in the curriculum',
  'Voorbereiding: begin bij jezelf': 'Preparation: start with yourself',
  Lesverloop: 'Lesson plan',
  Tijd: 'Time',
  Fase: 'Phase',
  'Wat doe jij?': 'What do you do?',
  'Wat doen de leerlingen?': 'What do the students do?',
  Gespreksafspraken: 'Ground rules',
  'Spreek deze afspraken af bij de start en lees ze opnieuw voor het moeilijke deel van het gesprek.':
    'Agree on these rules at the start and read them again before the difficult part of the conversation.',
  'Vragen en antwoordhints': 'Questions and answer hints',
  Antwoordhint: 'Answer hint',
  Werkvormen: 'Activities',
  'Reageren op een kwetsende of racistische opmerking': 'Responding to a hurtful or racist remark',
  'Eerst de grens benoemen, dan om uitleg vragen, dan de anderen erbij betrekken, en achteraf opvolgen. Zinnen die je kan gebruiken:':
    'First name the line, then ask for an explanation, then involve the others, and follow up afterwards. Sentences you can use:',
  'Waar het om draait': 'What it is about',
  'Borden:': 'Signs:',
  'Waar je op let': 'What to watch for',
  Differentiatie: 'Differentiation',
  'Leerlingen die Nederlands als tweede taal leren': 'Students who are learning Dutch as a second language',
  'Snelle leerlingen': 'Fast finishers',
  'Verdieping en huistaak': 'Extension and homework',
  Nazorg: 'Aftercare',
  'Bij ons op school:': 'At our school:',
  'Achtergrond bij de tekst': 'Background to the text',
  Bron: 'Source',
  'Zo gaan de leerlingen te werk:': 'What the students do:',
  'Aanwijzingen voor de leraar': 'Notes for the teacher',
  '(op de kaartjes)': '(on the cards)',
  Rollen: 'Roles',
  '(rolkaarten bij de kaartjes)': '(role cards, with the cards)',
  'Scenario’s': 'Scenarios',
  '(scenariokaarten bij de kaartjes)': '(scenario cards, with the cards)',
  Observatielijst: 'Observation checklist',
  Zakkaartje: 'Pocket card',
  '(bij de kaartjes, één per leerling)': '(with the cards, one per student)',
  'Het lesverloop vult': 'The plan fills',
  'van de': 'of the',
  'minuten: de rest gaat naar binnenkomen, starten en verplaatsen.': 'minutes: the rest goes to coming in, settling down and moving around.',
  'Tijd tekort? Dit laat je vallen': 'Short of time? Drop this',
  'Op aparte strookjes bij de kaartjes, met een vakje ‘Ik wil hier graag eens over praten’. Een naam is alleen nodig bij dat vakje.':
    'On separate slips with the cards, with a box ‘I would like to talk about this some time’. A name is only needed with that box.',
  'Woorden en taal in de tekst': 'Words and language in the text',
  'Bronnen bij deze handleiding': 'Sources for this guide',
  'Bijlage: de volledige tekst': 'Appendix: the full text',
  'Zo bereid je voor: elke ¶-verwijzing in deze handleiding staat hieronder.': 'To prepare: every ¶ reference in this guide is below.',
  'Ik wil hier graag eens over praten. Mijn naam:': 'I would like to talk about this some time. My name:',
  // Youth-work session guide.
  'Een sessie van': 'A session of',
  'minuten voor jongeren, bij een interview met': 'minutes for young people, about an interview with',
  'Er zijn geen goede of foute antwoorden: het gaat om het gesprek, om bewegen en om elkaar beter leren kennen.':
    'There are no right or wrong answers: it is about the conversation, about moving and about getting to know each other better.',
  'De sessie in één oogopslag': 'The session at a glance',
  'Groep:': 'Group:',
  'Ruimte:': 'Space:',
  'Wat je nodig hebt': 'What you need',
  Verloop: 'Session plan',
  'Wat doen de jongeren?': 'What do the young people do?',
  'Opwarmer:': 'Warm-up:',
  Afspraken: 'Agreements',
  'Spreek deze afspraken af bij de start, vraag of de groep er een wil toevoegen, en herhaal ze voor het moeilijke deel van het gesprek.':
    'Agree on these at the start, ask whether the group wants to add one, and repeat them before the difficult part of the conversation.',
  'De tekst om voor te lezen': 'The text to read aloud',
  'Moeilijke woorden': 'Difficult words',
  Gespreksvragen: 'Conversation questions',
  'Stel ze hardop, op het moment dat het verloop aangeeft. Niemand hoeft iets op te schrijven, en passen mag altijd.':
    'Ask them aloud, at the moment the plan says. Nobody has to write anything down, and passing is always allowed.',
  'Vertel het eerst in je eigen woorden': 'First tell it in your own words',
  'Lees dan voor': 'Then read aloud',
  'Werkvormen en materiaal': 'Activities and materials',
  'Tips voor de begeleider': 'Tips for the youth worker',
  'Contactpersoon:': 'Contact:',
  'Identiteitswebben:': 'Identity charts:',
  'op het kopieerblad achteraan, één per jongere.': 'on the copy sheet at the back, one per young person.',
  'Kopieerblad:': 'Copy sheet:',
};

const TABLES: Record<LabelLanguage, Record<string, string>> = { nl: {}, en: EN };

/** The fixed text in the label language; Dutch (as written) when there is no translation. */
export function translate(language: LabelLanguage, dutch: string): string {
  const table = TABLES[language];
  return Object.hasOwn(table, dutch) ? table[dutch]! : dutch;
}

/** Whether a Dutch text has a translation into `language` (tests check the templates with it). */
export function hasTranslation(language: LabelLanguage, dutch: string): boolean {
  return language === 'nl' || Object.hasOwn(TABLES[language], dutch);
}
