import { message } from '../define.js';
import { didYouMean } from '../phrases.js';

type Form = 'leaf' | 'container';

/** How a block is written: "::lines" on one line, or "::: box" … ":::" around its content. */
function written(name: string, form: Form): string {
  return form === 'leaf' ? `::${name}` : `:::${name}`;
}

/** What is wrong in the attributes after a block name, as the attribute parser found it. */
export type AttrFault = { fault: 'expected'; at: string } | { fault: 'no-value'; key: string } | { fault: 'unclosed'; key: string };

/** The document language a template writes: blocks (::name, ::: name) and their attributes. */
export const documentMessages = {
  /** A known block written in the other form; `form` is the form it has. */
  blockWrongForm: message('GK_TEMPLATE_UNKNOWN_BLOCK', (p: { name: string; form: Form }) => ({
    nl: {
      message: `"${p.name}" is een ${p.form === 'leaf' ? 'blok op één regel' : 'blok met inhoud'} (${written(p.name, p.form)})`,
      hint: p.form === 'leaf' ? `Schrijf het op één regel, "::${p.name} …", zonder afsluitende ":::".` : `Schrijf het als "::: ${p.name} …", dan de inhoud, dan een regel ":::".`,
    },
    en: {
      message: `"${p.name}" is a ${p.form === 'leaf' ? 'one-line block' : 'block with content'} (${written(p.name, p.form)})`,
      hint: p.form === 'leaf' ? `Write it on one line, "::${p.name} …", without a closing ":::".` : `Write it as "::: ${p.name} …", then its content, then a line ":::".`,
    },
  })),
  blockUnknown: message('GK_TEMPLATE_UNKNOWN_BLOCK', (p: { name: string; form: Form; guess?: string; blocks: readonly string[] }) => {
    const list = p.blocks.map((c) => (p.form === 'leaf' ? '::' : '::: ') + c).join(', ');
    return {
      nl: {
        message: `${p.form === 'leaf' ? 'onbekend blok' : 'onbekend blok met inhoud'} "${written(p.name, p.form)}"${didYouMean(p.guess, 'nl')}`,
        hint: `Blokken: ${list}.`,
      },
      en: { message: `unknown ${p.form === 'leaf' ? 'block' : 'container'} "${written(p.name, p.form)}"${didYouMean(p.guess, 'en')}`, hint: `Blocks: ${list}.` },
    };
  }),
  blockAttrSyntax: message('GK_TEMPLATE_BLOCK_ATTR', (p: { name: string } & AttrFault) => ({
    nl: {
      message: `in "${p.name}": ${
        p.fault === 'expected'
          ? `verwacht naam=waarde bij "${p.at}"`
          : p.fault === 'no-value'
            ? `"${p.key}" heeft een waarde nodig: ${p.key}=…`
            : `de waarde van "${p.key}" heeft geen sluitend aanhalingsteken`
      }`,
      hint: 'Schrijf attributen als naam=waarde, met aanhalingstekens rond een waarde met spaties.',
    },
    en: {
      message: `in "${p.name}": ${
        p.fault === 'expected' ? `expected name=value at "${p.at}"` : p.fault === 'no-value' ? `"${p.key}" needs a value: ${p.key}=…` : `the value of "${p.key}" has no closing quote`
      }`,
      hint: 'Write attributes as name=value, with quotes around values that contain spaces.',
    },
  })),
  blockAttrUnknown: message('GK_TEMPLATE_BLOCK_ATTR', (p: { name: string; key: string; guess?: string; attrs: readonly string[] }) => ({
    nl: {
      message: `"${p.name}" heeft geen attribuut "${p.key}"${didYouMean(p.guess, 'nl')}`,
      hint: p.attrs.length ? `Attributen van ${p.name}: ${p.attrs.join(', ')}.` : `${p.name} heeft geen attributen.`,
    },
    en: {
      message: `"${p.name}" has no attribute "${p.key}"${didYouMean(p.guess, 'en')}`,
      hint: p.attrs.length ? `Attributes of ${p.name}: ${p.attrs.join(', ')}.` : `${p.name} takes no attributes.`,
    },
  })),
  blockAttrNumber: message('GK_TEMPLATE_BLOCK_ATTR', (p: { name: string; key: string; value: string; min: number; max: number; example: number }) => ({
    nl: { message: `"${p.name}": ${p.key}=${p.value} moet een getal van ${p.min} tot ${p.max} zijn`, hint: `Schrijf een geheel getal, bv. ${p.key}=${p.example}.` },
    en: { message: `"${p.name}": ${p.key}=${p.value} must be a number from ${p.min} to ${p.max}`, hint: `Write a whole number, e.g. ${p.key}=${p.example}.` },
  })),
  blockAttrChoice: message('GK_TEMPLATE_BLOCK_ATTR', (p: { name: string; key: string; value: string; values: readonly string[]; guess?: string }) => ({
    nl: { message: `"${p.name}": ${p.key}=${p.value} moet een van deze zijn: ${p.values.join(', ')}${didYouMean(p.guess, 'nl')}` },
    en: { message: `"${p.name}": ${p.key}=${p.value} must be one of ${p.values.join(', ')}${didYouMean(p.guess, 'en')}` },
  })),
  blockAttrRequired: message('GK_TEMPLATE_BLOCK_ATTR', (p: { name: string; key: string }) => ({
    nl: { message: `"${p.name}" heeft ${p.key}=… nodig`, hint: `Voeg ${p.key}=… toe aan het blok; templates/README.md toont een voorbeeld.` },
    en: { message: `"${p.name}" needs ${p.key}=…`, hint: `Add ${p.key}=… to the block; templates/README.md shows an example.` },
  })),
};
