/**
 * Makes plain text (lesson fields, source paragraphs) safe to put into the document language:
 * Markdown punctuation is backslash-escaped so a "*" footnote mark or a leading "1." prints
 * as written, and text can never open a block. `"` is escaped so values can sit in
 * attribute quotes.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>#|~"&]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([-+=:>])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}
