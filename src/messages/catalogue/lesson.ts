import { message } from '../define.js';
import { didYouMean } from '../phrases.js';

/** A lesson file's own content: its shape, and how it fits its source text. */
export const lessonMessages = {
  lessonNotAMap: message('GK_LESSON_NOT_A_MAP', () => ({
    nl: {
      message: 'een lesbestand moet een blok "sleutel: waarde"-regels zijn (id, title, …)',
      hint: 'Vertrek van een voorbeeldles in lessons/, of maak er een met "gesprekskit new <id>".',
    },
    en: {
      message: 'a lesson file must be a block of "key: value" lines (id, title, …)',
      hint: 'Start from an example lesson in lessons/ or run "gesprekskit new <id>".',
    },
  })),
  lessonExcerptForm: message('GK_LESSON_EXCERPT_FORM', (p: { n: number }) => ({
    nl: {
      message: `fragment ${p.n} heeft ofwel "paragraphs" ofwel "quote" nodig (precies één van de twee)`,
      hint: 'Gebruik "paragraphs: [3, 4]" voor hele alinea\'s, of "quote: …" voor een citaat.',
    },
    en: {
      message: `excerpt ${p.n} needs either "paragraphs" or "quote" (exactly one)`,
      hint: 'Use "paragraphs: [3, 4]" for whole paragraphs, or "quote: …" for a citation.',
    },
  })),
  lessonParagraph: message('GK_LESSON_PARAGRAPH', (p: { n: number; last: number; source: string }) => ({
    nl: {
      message: `¶${p.n} bestaat niet; de brontekst heeft ¶1 tot ¶${p.last}`,
      hint: `De brontekst "${p.source}" heeft ¶1 tot ¶${p.last}, op volgorde genummerd vanaf de eerste alinea; gebruik een nummer daartussen.`,
    },
    en: {
      message: `¶${p.n} does not exist; the source text has ¶1 to ¶${p.last}`,
      hint: `The source text "${p.source}" has ¶1 to ¶${p.last}, numbered in order from its first paragraph; use a number in that range.`,
    },
  })),
  /** A ¶ the youth session reads aloud: `file` is the source text to look it up in. */
  lessonReadAloudParagraph: message('GK_LESSON_PARAGRAPH', (p: { n: number; last: number; file: string }) => ({
    nl: { message: `¶${p.n} bestaat niet; de brontekst heeft ¶1 tot ¶${p.last}`, hint: `Zoek het juiste nummer op in ${p.file}.` },
    en: { message: `¶${p.n} does not exist; the source text has ¶1 to ¶${p.last}`, hint: `Check the number against ${p.file}.` },
  })),
  lessonQuoteParagraph: message('GK_LESSON_QUOTE_PARAGRAPH', (p: { found: number; given: number }) => ({
    nl: { message: `dit citaat staat in ¶${p.found}, niet in ¶${p.given}`, hint: `Verander "paragraph" in ${p.found}.` },
    en: { message: `this quote is in ¶${p.found}, not in ¶${p.given}`, hint: `Change "paragraph" to ${p.found}.` },
  })),
  /** `near` is the closest paragraph, `diff` the first words of the quote (as written) that differ from it. */
  lessonQuote: message('GK_LESSON_QUOTE', (p: { source: string; near?: number; diff?: string }) => ({
    nl: {
      message: `citaat niet gevonden in de brontekst ${p.source}${p.near !== undefined ? `; het lijkt het meest op ¶${p.near}` : ''}${p.diff ? `, maar wijkt af bij "${p.diff}"` : ''}`,
      hint: 'Een citaat moet woord voor woord kloppen; zet "…" waar je woorden weglaat.',
    },
    en: {
      message: `quote not found in the source text ${p.source}${p.near !== undefined ? `; closest is ¶${p.near}` : ''}${p.diff ? `, which differs at "${p.diff}"` : ''}`,
      hint: 'Quotes must be word for word; mark left-out words with "…".',
    },
  })),
  lessonHint: message('GK_LESSON_HINT', (p: { n: number }) => ({
    nl: {
      message: `vraag ${p.n} is text-dependent, maar de hint verwijst naar geen enkele alinea`,
      hint: 'Schrijf in de hint voor de leraar waar het antwoord staat, bv. "¶4: vader, Europeaan, …".',
    },
    en: {
      message: `question ${p.n} is text-dependent but its hint does not cite a paragraph`,
      hint: 'Add a teacher hint that says where the answer is, e.g. "¶4: vader, Europeaan, …".',
    },
  })),
  lessonDuplicateActivity: message('GK_LESSON_DUPLICATE_ID', (p: { id: string }) => ({
    nl: { message: `twee activiteiten hebben de id "${p.id}"`, hint: 'Geef elke activiteit een eigen id.' },
    en: { message: `two activities have the id "${p.id}"`, hint: 'Give each activity its own id.' },
  })),
  lessonActivityRef: message('GK_LESSON_ACTIVITY_REF', (p: { id: string; known: readonly string[] }) => ({
    nl: {
      message: `er is geen activiteit met de id "${p.id}"`,
      hint: p.known.length ? `Gebruik een van deze: ${p.known.join(', ')}.` : 'Voeg de activiteit toe onder "activities", of haal deze regel weg.',
    },
    en: {
      message: `there is no activity with the id "${p.id}"`,
      hint: p.known.length ? `Use one of: ${p.known.join(', ')}.` : 'Add the activity under "activities", or remove this line.',
    },
  })),
  unknownLesson: message('GK_UNKNOWN_LESSON', (p: { id: string; guess?: string; known: readonly string[] }) => ({
    nl: {
      message: `er is geen les "${p.id}"${didYouMean(p.guess, 'nl')}`,
      hint: `Lessen hier: ${p.known.join(', ')}. "gesprekskit list" toont ze.`,
    },
    en: {
      message: `there is no lesson "${p.id}"${didYouMean(p.guess, 'en')}`,
      hint: `Lessons here: ${p.known.join(', ')}. "gesprekskit list" shows them.`,
    },
  })),
  /** `gesprekskit new <id>`. */
  lessonIdInvalid: message('GK_LESSON_ID', (p: { id: string }) => ({
    nl: {
      message: `"${p.id}" kan geen id van een les zijn`,
      hint: 'Gebruik kleine letters, cijfers en streepjes, en begin met een letter of cijfer, bv. "krantenartikel-1".',
    },
    en: {
      message: `"${p.id}" cannot be a lesson id`,
      hint: 'Use lowercase letters, digits and dashes, starting with a letter or digit, e.g. "krantenartikel-1".',
    },
  })),
  lessonExists: message('GK_LESSON_EXISTS', () => ({
    nl: { message: 'dit lesbestand bestaat al; het is niet veranderd', hint: 'Kies een andere id, of pas het bestaande bestand aan.' },
    en: { message: 'this lesson file already exists; it was left as it is', hint: 'Choose another id, or edit the existing file.' },
  })),
};
