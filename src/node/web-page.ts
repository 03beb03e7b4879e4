import { FONT_CHOICES } from '../layout/font-choices.js';
import { PAGE_WORDS, type PageWords } from '../messages/page-words.js';

/**
 * The site's page, index.html: the whole form is in the HTML (in Dutch), so it paints before
 * any script runs; app.js brings it to life and swaps the words for English on request.
 * Elements with data-w="key" get their text from PageWords[key]; data-w-label="key" sets
 * their aria-label. Everything comes from the site itself: the Content-Security-Policy
 * refuses any other origin.
 */
export function sitePage(version: string): string {
  const nl = PAGE_WORDS.nl;
  /** A word of the page, with its key so the page can swap it. */
  const w = (key: keyof PageWords, tag = 'span', attrs = '') => `<${tag} data-w="${key}"${attrs ? ' ' + attrs : ''}>${esc(nl[key] as string)}</${tag}>`;
  const option = (value: string, text: string, key: string) => `<option value="${value}" data-w-option="${key}">${esc(text)}</option>`;
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="color-scheme" content="light">
<title>gesprekskit</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="page.css">
<link rel="modulepreload" href="app.js">
</head>
<body>
<a class="skip" href="#voorbeeld" data-w="skipToPreview">${esc(nl.skipToPreview)}</a>
<header class="top">
  <div>
    <h1>gesprekskit</h1>
    ${w('tagline', 'p', 'class="tagline"')}
  </div>
  <button type="button" id="taal" lang="en" aria-label="${esc(nl.otherLanguageLabel)}" data-w="otherLanguage" data-w-label="otherLanguageLabel">${esc(nl.otherLanguage)}</button>
</header>
<p id="start" class="notice" role="status">${esc(nl.loading)}</p>
<noscript><p class="notice">${esc(nl.noScript)}</p></noscript>
<p id="live" class="notice" role="status" hidden></p>
<main class="columns">

<section class="card">
  ${w('lessonHeading', 'h2', 'id="h-les"')}
  <label for="les" data-w="lesson">${esc(nl.lesson)}</label>
  <select id="les" disabled aria-describedby="les-info"></select>
  <dl id="les-info" class="facts">
    <div>${w('lessonTitle', 'dt')}<dd id="les-titel"></dd></div>
    <div>${w('lessonTheme', 'dt')}<dd id="les-thema"></dd></div>
    <div>${w('lessonDuration', 'dt')}<dd id="les-duur"></dd></div>
  </dl>
  <div id="les-fouten" class="problems" hidden></div>
</section>

<section id="voorbeeld" class="preview" aria-labelledby="h-voorbeeld" tabindex="-1">
  ${w('previewHeading', 'h2', 'id="h-voorbeeld"')}
  ${w('previewHelp', 'p', 'class="help"')}
  <p id="voorbeeld-status"></p>
  <div id="voorbeeld-fouten" class="problems" hidden></div>
  <div id="stukken"></div>
</section>

<section class="card" id="school">
  ${w('schoolHeading', 'h2', 'id="h-school"')}
  <p id="school-uit-map" class="note" hidden></p>
  <div id="school-velden">
  ${w('schoolRemembered', 'p', 'class="note"')}
  <div class="field">
    <label for="schoolnaam" data-w="schoolName">${esc(nl.schoolName)}</label>
    <input id="schoolnaam" type="text" autocomplete="organization" maxlength="80">
  </div>
  <div class="field">
    <label for="contact" data-w="contact">${esc(nl.contact)}</label>
    <input id="contact" type="text" maxlength="300" aria-describedby="contact-hulp">
    ${w('contactHelp', 'p', 'id="contact-hulp" class="help"')}
  </div>
  <div class="field">
    <label for="logo" data-w="logo">${esc(nl.logo)}</label>
    <input id="logo" type="file" accept="image/png,image/jpeg,.png,.jpg,.jpeg" aria-describedby="logo-hulp logo-status">
    ${w('logoHelp', 'p', 'id="logo-hulp" class="help"')}
    <div class="logo-row"><img id="logo-beeld" alt="" hidden><span id="logo-status"></span>
    <button type="button" id="logo-weg" class="secondary" data-w="removeLogo" hidden>${esc(nl.removeLogo)}</button></div>
  </div>
  <div class="field">
    <label for="kleur" data-w="accent">${esc(nl.accent)}</label>
    <div class="row"><input id="kleur" type="color" value="#1d4f73" aria-describedby="kleur-hulp">
    <button type="button" id="kleur-standaard" class="secondary" data-w="defaultAccent">${esc(nl.defaultAccent)}</button></div>
    ${w('accentHelp', 'p', 'id="kleur-hulp" class="help"')}
  </div>
  <div class="field">
    <label for="papier" data-w="pageSize">${esc(nl.pageSize)}</label>
    <select id="papier">${option('A4', 'A4', '')}${option('LETTER', 'Letter', '')}</select>
  </div>
  <div class="field">
    <label for="lettertype" data-w="font">${esc(nl.font)}</label>
    <select id="lettertype">${FONT_CHOICES.map((f) => option(f, nl.fonts[f] ?? f, `fonts.${f}`)).join('')}</select>
  </div>
  <div class="field check">
    <input id="groot" type="checkbox" aria-describedby="groot-hulp">
    <label for="groot" data-w="largePrint">${esc(nl.largePrint)}</label>
    ${w('largePrintHelp', 'p', 'id="groot-hulp" class="help"')}
  </div>
  <div class="field">
    <label for="labels" data-w="labels">${esc(nl.labels)}</label>
    <select id="labels">${option('nl', nl.labelLanguages.nl!, 'labelLanguages.nl')}${option('en', nl.labelLanguages.en!, 'labelLanguages.en')}</select>
  </div>
  <div class="field buttons">
    <button type="button" id="instellingen-bewaren" class="secondary" data-w="exportSettings">${esc(nl.exportSettings)}</button>
  </div>
  <div class="field">
    <label for="instellingen-openen" data-w="importSettings">${esc(nl.importSettings)}</label>
    <input id="instellingen-openen" type="file" multiple accept=".yaml,.yml,image/png,image/jpeg" aria-describedby="instellingen-hulp">
    ${w('importSettingsHelp', 'p', 'id="instellingen-hulp" class="help"')}
  </div>
  <div id="instellingen-status" role="status"></div>
  <div id="instellingen-fouten" class="problems" hidden></div>
  </div>
</section>

<section class="card">
  ${w('rosterHeading', 'h2', 'id="h-klas"')}
  <div class="field">
    <label for="klaslijst" data-w="roster">${esc(nl.roster)}</label>
    <input id="klaslijst" type="file" accept=".csv,text/csv" aria-describedby="klaslijst-hulp">
    ${w('rosterHelp', 'p', 'id="klaslijst-hulp" class="help"')}
  </div>
  <div id="klaslijst-status" role="status"></div>
  <div id="klaslijst-fouten" class="problems" hidden></div>
  <button type="button" id="klaslijst-weg" class="secondary" data-w="removeRoster" hidden>${esc(nl.removeRoster)}</button>
  <div class="field check">
    <input id="apart" type="checkbox">
    <label for="apart" data-w="split">${esc(nl.split)}</label>
  </div>
</section>

<section class="card">
  ${w('makeHeading', 'h2', 'id="h-maak"')}
  <div class="field check">
    <input id="invulbaar" type="checkbox" aria-describedby="invulbaar-hulp">
    <label for="invulbaar" data-w="fillable">${esc(nl.fillable)}</label>
    ${w('fillableHelp', 'p', 'id="invulbaar-hulp" class="help"')}
  </div>
  <button type="button" id="maak" class="primary" data-w="make" aria-disabled="true">${esc(nl.make)}</button>
  <div class="progress-row" id="voortgang-rij" hidden>
    <label for="voortgang" data-w="progress">${esc(nl.progress)}</label>
    <progress id="voortgang" max="1" value="0"></progress>
    <span id="voortgang-tekst" class="help"></span>
  </div>
  <p id="maak-status" role="status"></p>
  <div id="maak-fouten" class="problems" hidden></div>
  <section id="downloads" aria-labelledby="h-downloads" hidden>
    ${w('downloadsHeading', 'h3', 'id="h-downloads"')}
    <ul id="download-lijst" class="downloads"></ul>
  </section>
</section>

<section class="card" id="eigen">
  ${w('ownHeading', 'h2', 'id="h-eigen"')}
  ${w('ownHelp', 'p', 'id="eigen-hulp" class="help"')}
  <div id="sleepvak" class="dropzone">
    <label for="eigen-les" data-w="ownLesson">${esc(nl.ownLesson)}</label>
    <input id="eigen-les" type="file" multiple accept=".yaml,.yml,.md" aria-describedby="eigen-hulp sleep-hulp">
    ${w('dropHere', 'p', 'id="sleep-hulp" class="help"')}
  </div>
  <div id="eigen-status" role="status"></div>
  <div id="eigen-fouten" class="problems" hidden></div>
  <div id="bewerker" hidden>
    ${w('editor', 'h3', 'id="h-bewerker"')}
    <div class="field">
      <label for="bewerk-bestand" data-w="editorFile">${esc(nl.editorFile)}</label>
      <select id="bewerk-bestand"></select>
    </div>
    <div class="field">
      <label for="bewerk-tekst" id="bewerk-label"></label>
      <textarea id="bewerk-tekst" spellcheck="false" wrap="off" rows="18" autocapitalize="off" autocomplete="off" aria-describedby="bewerk-hulp bewerk-plaats"></textarea>
      <p class="help"><span id="bewerk-plaats"></span></p>
      ${w('editorHelp', 'p', 'id="bewerk-hulp" class="help"')}
    </div>
    <div class="field buttons">
      <button type="button" id="bewerk-bewaar" class="secondary"></button>
      <button type="button" id="eigen-sluit" class="secondary" data-w="removeOwn">${esc(nl.removeOwn)}</button>
    </div>
  </div>
</section>

</main>
<footer><p id="voet">${esc(nl.footer(version))}</p></footer>
<script type="module" src="app.js"></script>
</body>
</html>
`;
}

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Only this site: scripts, styles, fetches, images, workers. The kit compiles its templates
 * and schema checks (Handlebars, ajv), hence 'unsafe-eval'; rendered page images are blob: URLs.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
