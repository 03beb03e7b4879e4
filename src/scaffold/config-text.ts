import { CONFIG_FILE_NAME } from '../config/find-config.js';

export interface ConfigTextOptions {
  /** School name; a commented example when not given. */
  school?: string;
  /** Logo file name next to the config; a commented example when not given. */
  logo?: string;
}

/** YAML text for one value: quoted as JSON, which YAML reads the same way. */
const quote = (s: string) => JSON.stringify(s);

/**
 * The commented gesprekskit.config.yaml that `init` writes. Comments are Dutch: whoever sets
 * up the kit for a school reads them. Everything optional is shown, most commented out.
 */
export function configText(options: ConfigTextOptions = {}): string {
  const name = options.school ? `  name: ${quote(options.school)}` : '  name: ""                          # bv. "Sint-Jozefscollege Aalst"';
  const logo = options.logo ? `  logo: ${quote(options.logo)}` : '  # logo: logo.png                   # PNG of JPEG, naast dit bestand';
  return `# yaml-language-server: $schema=schema/config.schema.json
#
# ${CONFIG_FILE_NAME}: de instellingen van gesprekskit voor jouw school.
#
# - gesprekskit leest dit bestand als je een opdracht geeft in deze map
#   (of met --config PAD/${CONFIG_FILE_NAME}).
# - Paden zijn relatief tegenover de map waarin dit bestand staat.
# - Een optie op de opdrachtregel wint van wat hier staat (bv. --out andere-map).
# - Een regel die begint met # is commentaar. Haal het # weg om een instelling te gebruiken.

school:
  # De naam van je school: bovenaan elke pagina van elke PDF.
${name}
  # Je logo, bovenaan elke pagina naast de naam (ongeveer 8 mm hoog).
${logo}
  # Bij wie kan een leerling terecht na een moeilijk gesprek? Komt onder "Nazorg" in de
  # lerarenhandleiding. Noem een rol of een plaats op school, geen privégegevens.
  contact: ""                         # bv. "De leerlingenbegeleiding, lokaal B12"

# Kleur van de koppen en kaders, als #rrggbb tussen aanhalingstekens. Een te lichte kleur
# wordt voor de koppen donkerder gemaakt, tot ze goed leesbaar zijn (contrast 4,5:1).
# accent: "#1d4f73"

# Papierformaat: A4 of letter.
page_size: A4

# Lettertype: noto-sans, atkinson-hyperlegible (extra leesbaar) of dejavu-sans.
font: noto-sans

# Grote letters (16 pt) en meer schrijfruimte voor leerlingen die dat nodig hebben.
large_print: false

# Taal van de vaste woorden op de bladen ("Naam", "Klas", "pagina 1 van 3", de koppen):
# nl of en. De tekst van de lessen zelf verandert niet.
labels: nl

# Waar alles staat.
lessons: lessons                      # je lesbestanden (*.yaml); bronteksten in lessons/sources/
templates: templates                  # je eigen sjablonen; wat daar ontbreekt, komt uit gesprekskit
output: output                        # hier komen de PDF's

# Brontekst voor lessen die zelf geen "source:" hebben: een id uit lessons/sources/,
# of een pad naar een .md-bestand.
default_source: interview-somers
`;
}
