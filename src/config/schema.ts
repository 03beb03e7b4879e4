import { Type, type Static } from '@sinclair/typebox';
import { FONT_CHOICES } from '../layout/font-choices.js';
import { StringEnum } from '../yaml/string-enum.js';

/**
 * The school's config file, gesprekskit.config.yaml. Every key is optional: what is missing
 * keeps its built-in default, and a command-line flag wins over what is written here.
 * Descriptions are Dutch: they show up in the editor of whoever sets up the kit.
 */

const Path = (description: string) => Type.String({ minLength: 1, description });

export const CONFIG_PAGE_SIZES = ['A4', 'a4', 'letter', 'LETTER'] as const;

const School = Type.Object(
  {
    name: Type.Optional(Type.String({ maxLength: 80, description: 'De naam van je school, bovenaan elke pagina.' })),
    logo: Type.Optional(Path('Je logo, een PNG- of JPEG-bestand (pad vanaf deze map). Staat bovenaan elke pagina.')),
    contact: Type.Optional(
      Type.String({
        maxLength: 300,
        description: 'Bij wie kan een leerling terecht na een moeilijk gesprek? Staat bij de nazorg in de lerarenhandleiding.',
      }),
    ),
  },
  { additionalProperties: false, description: 'Wat je school op elk blad zet.' },
);

export const ConfigSchema = Type.Object(
  {
    $schema: Type.Optional(Type.String({ description: 'Pad naar het schema, voor editors.' })),
    school: Type.Optional(School),
    accent: Type.Optional(
      Type.String({ pattern: '^#[0-9a-fA-F]{6}$', description: 'Kleur van de koppen en kaders als #rrggbb, bv. "#1d4f73". Zet ze tussen aanhalingstekens. Een te lichte kleur wordt voor de koppen donkerder gemaakt (contrast 4,5:1 op wit).' }),
    ),
    page_size: Type.Optional(StringEnum(CONFIG_PAGE_SIZES, { description: 'Papierformaat: A4 (standaard) of letter.' })),
    font: Type.Optional(StringEnum(FONT_CHOICES, { description: 'Lettertype: noto-sans (standaard), atkinson-hyperlegible (extra leesbaar) of dejavu-sans.' })),
    large_print: Type.Optional(Type.Boolean({ description: 'Grote letters (16 pt) en meer schrijfruimte: true of false.' })),
    labels: Type.Optional(
      StringEnum(['nl', 'en'] as const, { description: 'Taal van de vaste woorden op de bladen ("Naam", "pagina 1 van 3", de koppen): nl (standaard) of en.' }),
    ),
    lessons: Type.Optional(Path('Map met de lesbestanden (standaard lessons).')),
    templates: Type.Optional(Path('Map met je eigen sjablonen; wat daar niet staat, komt uit de ingebouwde sjablonen.')),
    output: Type.Optional(Path('Map waar de PDF\u2019s komen (standaard output).')),
    default_source: Type.Optional(
      Path('Brontekst voor lessen zonder "source:": een id (bv. interview-somers) of een pad naar een .md-bestand.'),
    ),
  },
  { additionalProperties: false, title: 'gesprekskit instellingen' },
);

export type ConfigFile = Static<typeof ConfigSchema>;
