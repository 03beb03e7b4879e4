/**
 * The site's first page: a plain placeholder that loads the bundle and builds a worksheet.
 * The real app (preview, school settings, class lists, own lessons) replaces it; what it
 * keeps: everything comes from the site itself (the Content-Security-Policy refuses any
 * other origin), and the accessible names "Les", "Naam van de school".
 */
export function placeholderPage(version: string): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>gesprekskit</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; }
label { display: block; margin-top: 1rem; font-weight: 600; }
select, input, button { display: block; box-sizing: border-box; font: inherit; padding: 0.4rem; margin-top: 0.25rem; }
select, input { width: 100%; }
button { margin-top: 1rem; }
#problems li { color: #8a1c1c; white-space: pre-wrap; }
</style>
</head>
<body>
<h1>gesprekskit</h1>
<p>Gespreksmateriaal voor de klas, gemaakt in je browser. Niets van wat je invult verlaat dit toestel.</p>
<label for="les">Les</label>
<select id="les" disabled><option>Laden…</option></select>
<label for="school">Naam van de school</label>
<input id="school" type="text" autocomplete="organization">
<button id="maak" type="button" disabled>Maak het werkblad</button>
<p id="status" role="status" aria-live="polite"></p>
<p><a id="download" hidden></a></p>
<ul id="problems"></ul>
<p><small>gesprekskit ${version}</small></p>
<script type="module" src="page.js"></script>
</body>
</html>
`;
}

/** Only this site: scripts, styles, fetches, images. Handlebars and the schema checks compile code, hence 'unsafe-eval'. */
const CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob: data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The placeholder's script: list the lessons, build the worksheet, offer it as a download. */
export const PLACEHOLDER_SCRIPT = `import { WebKit, shownProblems } from './gesprekskit.js';

const les = document.getElementById('les');
const school = document.getElementById('school');
const maak = document.getElementById('maak');
const status = document.getElementById('status');
const download = document.getElementById('download');
const problems = document.getElementById('problems');

function showProblems(error) {
  let lines;
  try {
    lines = shownProblems(error, 'nl').map((p) => p.text);
  } catch {
    // Not a mistake in a file but a bug in gesprekskit.
    lines = ['Interne fout: ' + (error && error.message)];
  }
  problems.replaceChildren(...lines.map((text) => Object.assign(document.createElement('li'), { textContent: text })));
}

const kit = await WebKit.load();
const { lessons, failed } = kit.validate();
les.replaceChildren(...lessons.map((l) => new Option(l.title + ' (' + l.theme + ', ' + l.duration + ' min)', l.id)));
les.disabled = false;
maak.disabled = false;
status.textContent = lessons.length + ' lessen geladen.';
for (const f of failed) for (const p of f.problems) problems.append(Object.assign(document.createElement('li'), { textContent: p.text }));

let url;
maak.addEventListener('click', async () => {
  maak.disabled = true;
  problems.replaceChildren();
  status.textContent = 'Bezig…';
  try {
    const pdf = await kit.buildPiece(les.value, 'worksheet', { school: { name: school.value.trim() } });
    if (url) URL.revokeObjectURL(url);
    url = URL.createObjectURL(new Blob([pdf.bytes], { type: 'application/pdf' }));
    download.href = url;
    download.download = pdf.name;
    download.textContent = pdf.name + ' (' + pdf.pages + (pdf.pages === 1 ? ' pagina' : " pagina's") + ')';
    download.hidden = false;
    status.textContent = 'Klaar.';
  } catch (error) {
    status.textContent = 'Het werkblad kon niet gemaakt worden.';
    showProblems(error);
  } finally {
    maak.disabled = false;
  }
});
`;
