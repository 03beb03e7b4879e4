import { message } from '../define.js';

/**
 * Messages about the shared glossary: a source text explains its hard words once, in its
 * front matter, and every lesson on it lists the words it needs without explaining them again.
 */
export const glossaryMessages = {
  termUnknown: message<{ term: string; source: string; guess: string; hasGlossary: boolean }>('GK_LESSON_GLOSSARY_TERM', (p) => ({
    nl: {
      message: `het woord "${p.term}" heeft geen "explanation", en de woordenlijst van de brontekst ${p.source} legt het niet uit`,
      hint: p.guess
        ? `Bedoel je "${p.guess}"? Schrijf het woord zoals in die woordenlijst, of voeg "explanation: …" toe.`
        : p.hasGlossary
          ? 'Voeg "explanation: …" toe, of zet het woord met zijn uitleg in de woordenlijst ("glossary") van de brontekst.'
          : 'Voeg "explanation: …" toe: deze brontekst heeft geen woordenlijst ("glossary").',
    },
    en: {
      message: `the word "${p.term}" has no "explanation", and the glossary of the source text ${p.source} does not explain it`,
      hint: p.guess
        ? `Did you mean "${p.guess}"? Write the word as that glossary has it, or add "explanation: …".`
        : p.hasGlossary
          ? 'Add "explanation: …", or add the word with its explanation to the glossary of the source text.'
          : 'Add "explanation: …": this source text has no glossary.',
    },
  })),
  termExplainedTwice: message<{ term: string; source: string }>('GK_LESSON_GLOSSARY_TWICE', (p) => ({
    nl: {
      message: `de woordenlijst van de brontekst ${p.source} legt "${p.term}" al uit`,
      hint: 'Laat "explanation" hier weg: zo krijgt het woord in elke les dezelfde uitleg. Wil je de uitleg veranderen, doe het dan in de brontekst.',
    },
    en: {
      message: `the glossary of the source text ${p.source} already explains "${p.term}"`,
      hint: 'Leave out "explanation" here, so the word has the same explanation in every lesson. To change it, change it in the source text.',
    },
  })),
  sourceGlossaryRef: message<{ term: string }>('GK_SOURCE_GLOSSARY_REF', (p) => ({
    nl: {
      message: `de uitleg van "${p.term}" verwijst naar een alinea (¶), maar elke les drukt andere alinea's af`,
      hint: 'Laat het ¶-nummer weg uit de woordenlijst van de brontekst; een vraag of stap in de les kan wel naar de alinea verwijzen.',
    },
    en: {
      message: `the explanation of "${p.term}" refers to a paragraph (¶), but every lesson prints other paragraphs`,
      hint: 'Leave the ¶ number out of the source glossary; a question or step in a lesson can refer to the paragraph instead.',
    },
  })),
  sourceGlossaryTwice: message<{ term: string }>('GK_SOURCE_GLOSSARY_TWICE', (p) => ({
    nl: {
      message: `"${p.term}" staat twee keer in de woordenlijst`,
      hint: 'Houd één uitleg per woord over.',
    },
    en: {
      message: `"${p.term}" is in the glossary twice`,
      hint: 'Keep one explanation per word.',
    },
  })),
};
