import { message } from '../define.js';
import { quotedList } from '../phrases.js';

/** Class lists (CSV): their header, their rows, and names that cannot be printed. */
export const rosterMessages = {
  rosterEncoding: message('GK_FILE_ENCODING', () => ({
    nl: {
      message: 'de klaslijst is geen geldige UTF-8-tekst',
      hint: 'Bewaar de lijst als "CSV UTF-8" (in Excel: Opslaan als → CSV UTF-8 (door komma\'s gescheiden)); het oudere formaat "CSV" verminkt de accenten.',
    },
    en: {
      message: 'the class list is not valid UTF-8 text',
      hint: 'Save the list as "CSV UTF-8" (in Excel: Save as → CSV UTF-8 (comma delimited)); the older "CSV" format garbles accents.',
    },
  })),
  rosterEmpty: message('GK_ROSTER_EMPTY', () => ({
    nl: { message: 'de klaslijst is leeg', hint: 'Zet één leerling per rij onder een kopregel "naam;klas".' },
    en: { message: 'the class list is empty', hint: 'Put one student per row under a header row "naam;klas".' },
  })),
  rosterNoStudents: message('GK_ROSTER_EMPTY', () => ({
    nl: { message: 'de klaslijst heeft een kopregel, maar geen leerlingen', hint: 'Zet één leerling per rij onder de kopregel.' },
    en: { message: 'the class list has a header row but no students', hint: 'Put one student per row under the header row.' },
  })),
  rosterColumns: message('GK_ROSTER_COLUMNS', (p: { valueCount: number; columnCount: number; delimiter: string }) => ({
    nl: {
      message: `deze rij heeft ${p.valueCount} waarden, maar de kopregel noemt ${p.columnCount} kolommen`,
      hint: `Een naam met een "${p.delimiter}" erin zet je tussen dubbele aanhalingstekens: "Peeters${p.delimiter} Jan".`,
    },
    en: {
      message: `this row has ${p.valueCount} values, but the header row names ${p.columnCount} columns`,
      hint: `A name with a "${p.delimiter}" in it goes between double quotes: "Peeters${p.delimiter} Jan".`,
    },
  })),
  rosterClassControl: message('GK_ROSTER_BAD_VALUE', () => ({
    nl: { message: 'de klas bevat een regeleinde of een stuurteken', hint: 'Hou de klas op één regel, bv. 3B.' },
    en: { message: 'the class contains a line break or a control character', hint: 'Keep the class on one line, e.g. 3B.' },
  })),
  /** `column` as written in the header row. */
  rosterColumnTwice: message('GK_ROSTER_HEADER', (p: { column: string }) => ({
    nl: { message: `de kopregel heeft de kolom "${p.column}" twee keer`, hint: 'Geef een van de twee een andere naam, of verwijder er een.' },
    en: { message: `the header row has the column "${p.column}" twice`, hint: 'Rename or remove one of them.' },
  })),
  /** `found`: the first row's cells, as written. */
  rosterNoNameColumn: message('GK_ROSTER_HEADER', (p: { found: readonly string[] }) => ({
    nl: {
      message: `de klaslijst heeft geen kolom "naam"${p.found.length > 0 ? ` (op de eerste rij staat ${quotedList(p.found)})` : ''}`,
      hint: 'Begin het bestand met een kopregel die de kolommen noemt, bv. "naam;klas" (of "voornaam;achternaam;klas").',
    },
    en: {
      message: `the class list has no "naam" column${p.found.length > 0 ? ` (the first row has ${quotedList(p.found)})` : ''}`,
      hint: 'Start the file with a header row that names the columns, e.g. "naam;klas" (or "voornaam;achternaam;klas").',
    },
  })),
  rosterNoName: message('GK_ROSTER_NO_NAME', () => ({
    nl: { message: 'deze rij heeft geen naam', hint: 'Vul de naam in, of verwijder de rij.' },
    en: { message: 'this row has no name', hint: 'Fill in the name, or delete the row.' },
  })),
  rosterNameLines: message('GK_ROSTER_BAD_VALUE', () => ({
    nl: { message: 'de naam loopt over meer dan één regel', hint: 'Controleer de dubbele aanhalingstekens op deze rij: een naam staat op één regel.' },
    en: { message: 'the name runs over more than one line', hint: 'Check the double quotes on this row: a name is one line.' },
  })),
  rosterNameControl: message('GK_ROSTER_BAD_VALUE', () => ({
    nl: { message: 'de naam bevat een stuurteken', hint: 'Typ de naam opnieuw; misschien werd hij gekopieerd met onzichtbare tekens.' },
    en: { message: 'the name contains a control character', hint: 'Retype the name; it may have been copied with invisible characters.' },
  })),
  rosterNameLength: message('GK_ROSTER_BAD_VALUE', (p: { length: number; max: number }) => ({
    nl: {
      message: `de naam is ${p.length} tekens lang (hoogstens ${p.max})`,
      hint: 'Controleer of het scheidingsteken ";" of "," is, en of dit de kolom met de namen is.',
    },
    en: {
      message: `the name is ${p.length} characters long (at most ${p.max})`,
      hint: 'Check that the separator is ";" or "," and that this is the name column.',
    },
  })),
  rosterQuote: message('GK_ROSTER_QUOTE', () => ({
    nl: {
      message: 'een dubbel aanhalingsteken (") dat op deze rij opent, wordt nooit gesloten',
      hint: 'Sluit het aanhalingsteken na de naam, of haal het weg: "Peeters; Jan".',
    },
    en: {
      message: 'a double quote (") opened on this row is never closed',
      hint: 'Close the quote after the name, or remove it: "Peeters; Jan".',
    },
  })),
  /** `detail` is the CSV reader's own words. */
  rosterCsv: message('GK_ROSTER_CSV', (p: { detail: string }) => ({
    nl: { message: `deze rij kan niet gelezen worden: ${p.detail}`, hint: 'Controleer de dubbele aanhalingstekens en de scheidingstekens op deze rij.' },
    en: { message: `this row cannot be read: ${p.detail}`, hint: 'Check the double quotes and separators on this row.' },
  })),
  rosterNoNameField: message('GK_ROSTER_NO_NAMEFIELD', (p: { piece: string; template: string }) => ({
    nl: {
      message: `het stuk ${p.piece} heeft geen naamveld, dus de namen van een klaslijst kunnen niet gedrukt worden`,
      hint: `Zet ::namefield bovenaan in ${p.template}.hbs.`,
    },
    en: {
      message: `the ${p.piece} has no name field, so the names of a class list cannot be printed`,
      hint: `Put ::namefield near the top of ${p.template}.hbs.`,
    },
  })),
  /** `field` is the label printed on the sheet ("Naam"), in the sheet's language. */
  rosterTooLong: message('GK_ROSTER_TOO_LONG', (p: { value: string; field: string }) => ({
    nl: {
      message: `"${p.value}" is te lang voor het veld ${p.field}, zelfs in kleine letters`,
      hint: 'Maak het korter in de klaslijst (laat bv. een tweede voornaam weg).',
    },
    en: {
      message: `"${p.value}" is too long for the ${p.field} field, even in small print`,
      hint: 'Shorten it in the class list (e.g. leave out a middle name).',
    },
  })),
};
