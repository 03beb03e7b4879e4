import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { StringEnum } from '../yaml/string-enum.js';
import { ID_PATTERN } from './ids.js';

/**
 * The lesson file format. One schema drives validation messages, `gesprekskit schema` (editor
 * completion) and the TypeScript types, so the three cannot drift apart.
 * Descriptions are Dutch: they show up in the teacher's editor.
 */

const Text = (description: string, extra: object = {}) => Type.String({ minLength: 1, description, ...extra });
const TextList = (description: string, minItems = 0) => Type.Array(Text(description), { minItems, description });
const Obj = <T extends Record<string, TSchema>>(props: T, description: string) =>
  Type.Object(props, { additionalProperties: false, description });

export const QUESTION_KINDS = ['text-dependent', 'interpretive', 'personal'] as const;
export const ANSWER_SPACES = ['lines', 'box', 'none'] as const;
export const ACTIVITY_KINDS = [
  'identity-chart',
  'think-pair-share',
  'barometer',
  'four-corners',
  'polarisation-roles',
  'role-play',
  'big-paper',
  'discussion',
  'other',
] as const;

export { ID_PATTERN };

const Excerpt = Obj(
  {
    paragraphs: Type.Optional(
      Type.Array(Type.Integer({ minimum: 1, description: 'Een ¶-nummer uit de brontekst.' }), {
        minItems: 1,
        description: 'Hele alinea’s uit de brontekst, met hun ¶-nummer, bv. [3, 4].',
      }),
    ),
    quote: Type.Optional(Text('Een letterlijk citaat uit de brontekst. Weglatingen met … zijn toegestaan.')),
    paragraph: Type.Optional(Type.Integer({ minimum: 1, description: 'Het ¶-nummer waar het citaat staat (wordt gecontroleerd).' })),
    title: Type.Optional(Text('Optionele titel boven het fragment.')),
  },
  'Een fragment uit de brontekst: "paragraphs" (hele alinea’s) of "quote" (een citaat).',
);

const Term = Obj(
  {
    term: Text('Het moeilijke woord, zoals het in de tekst staat.'),
    explanation: Type.Optional(
      Text('Een eenvoudige uitleg in het Nederlands, voor anderstalige leerlingen. Laat weg als de woordenlijst van de brontekst het woord uitlegt: zo heeft elk woord één uitleg in alle lessen.'),
    ),
  },
  'Een woord uit de woordenlijst.',
);

const Question = Obj(
  {
    kind: StringEnum(QUESTION_KINDS, { description: 'text-dependent (antwoord staat in de tekst), interpretive (interpreteren) of personal (eigen mening / ervaring).' }),
    prompt: Text('De vraag zoals de leerling ze leest.'),
    answer: Type.Optional(
      StringEnum(ANSWER_SPACES, { description: 'Schrijfruimte: lines (lijnen, standaard), box (een kader) of none.' }),
    ),
    size: Type.Optional(Type.Integer({ minimum: 1, maximum: 20, description: 'Aantal schrijflijnen (of de hoogte van het kader in lijnen). Standaard 3.' })),
    hint: Type.Optional(Text('Antwoordhint voor de leraar, met ¶-verwijzing. Komt nooit op het werkblad.')),
  },
  'Een vraag op het werkblad.',
);

const Role = Obj(
  {
    name: Text('Naam van de rol, bv. "brugbouwer".'),
    description: Text('Wat deze rol doet of zegt.'),
  },
  'Een rolkaart.',
);

const Scenario = Obj(
  {
    title: Text('Korte titel van het scenario.'),
    text: Text('De situatie, zoals leerlingen ze op de kaart lezen.'),
  },
  'Een scenariokaart.',
);

const IdentityChart = Obj(
  {
    center: Text('De naam in het midden, bv. "Bart Somers" of "Ik".'),
    items: Type.Optional(TextList('Ingevulde vakjes rond de naam (leeg laten = leerlingen vullen zelf in).')),
    empty: Type.Optional(Type.Integer({ minimum: 0, maximum: 12, description: 'Aantal lege vakjes om zelf in te vullen.' })),
  },
  'Een identiteitsweb: een naam in het midden met vakjes eromheen.',
);

const Organiser = Obj(
  {
    columns: Type.Array(Text('Kolomtitel.'), { minItems: 2, maxItems: 3, description: 'Kolomtitels, bv. ["Mijn mening", "Mijn reden"].' }),
    rows: Type.Optional(Type.Integer({ minimum: 1, maximum: 10, description: 'Aantal rijen om in te vullen.' })),
  },
  'Een schrijfschema met kolommen.',
);

const Activity = Obj(
  {
    id: Type.String({ pattern: ID_PATTERN, description: 'Korte naam in kleine letters met streepjes, bv. "vier-hoeken".' }),
    title: Text('Titel van de activiteit.'),
    kind: StringEnum(ACTIVITY_KINDS, { description: 'Soort werkvorm.' }),
    summary: Type.Optional(Text('Eén zin: wat leerlingen doen en waarom.')),
    steps: TextList('De stappen voor de leerlingen (op het werkblad en de dia’s).', 1),
    teacher: Type.Optional(TextList('Aanwijzingen voor de leraar (alleen in de lerarenhandleiding).')),
    statements: Type.Optional(TextList('Stellingen voor kaartjes, vier hoeken of barometer.')),
    corners: Type.Optional(
      Type.Array(Text('Tekst van een bord.'), {
        minItems: 2,
        maxItems: 4,
        description: 'De borden voor vier hoeken of de uiteinden van de barometer, bv. ["Helemaal eens", "Eens", "Oneens", "Helemaal oneens"].',
      }),
    ),
    roles: Type.Optional(Type.Array(Role, { description: 'Rolkaarten.' })),
    scenarios: Type.Optional(Type.Array(Scenario, { description: 'Scenariokaarten.' })),
    checklist: Type.Optional(TextList('Observatielijst (bv. voor de observator in een rollenspel).')),
    charts: Type.Optional(Type.Array(IdentityChart, { description: 'Identiteitswebben om in te vullen.' })),
    organiser: Type.Optional(Organiser),
    scale: Type.Optional(Text('Een stelling met een schaal van "helemaal oneens" tot "helemaal eens".')),
    pocket_card: Type.Optional(TextList('Een zakkaartje voor elke leerling: de stappen om te onthouden, kort (bij de kaartjes).', 1)),
  },
  'Een werkvorm met het materiaal dat erbij hoort.',
);

const AgendaPhase = Obj(
  {
    phase: Text('Naam van de fase, bv. "Opening".'),
    minutes: Type.Integer({ minimum: 1, maximum: 120, description: 'Duur in minuten.' }),
    teacher: Text('Wat de leraar doet.'),
    students: Text('Wat de leerlingen doen.'),
    activity: Type.Optional(Type.String({ pattern: ID_PATTERN, description: 'De id van een activiteit uit "activities".' })),
    if_short: Type.Optional(Text('Tijd tekort? Wat je in deze fase schrapt of inkort.')),
  },
  'Een fase van de les.',
);

const FollowUp = Obj(
  {
    title: Text('Titel, bv. "Tweede lesuur: verdieping".'),
    summary: Type.Optional(Text('Eén zin: waarom een tweede lesuur, en wat het toevoegt.')),
    agenda: Type.Array(AgendaPhase, {
      minItems: 1,
      description: 'Het verloop van het tweede lesuur; de minuten tellen op tot hoogstens "planned" (of "duration").',
    }),
  },
  'Een optioneel tweede lesuur: wat niet in de eerste les past.',
);

const YouthQuestion = Obj(
  {
    prompt: Text('De vraag zoals de begeleider ze stelt.'),
    listen_for: Type.Optional(Text('Waar het om draait: waar de begeleider naar luistert. Geen antwoordsleutel.')),
  },
  'Een gespreksvraag in de jeugdwerksessie.',
);

const YouthPhase = Obj(
  {
    phase: Text('Naam van de fase.'),
    minutes: Type.Integer({ minimum: 1, maximum: 120, description: 'Duur in minuten.' }),
    leader: Text('Wat de begeleider doet.'),
    participants: Text('Wat de jongeren doen.'),
    activity: Type.Optional(Type.String({ pattern: ID_PATTERN, description: 'De id van een activiteit uit "activities".' })),
  },
  'Een fase van de jeugdwerksessie.',
);

const Note = Obj(
  {
    title: Text('Titel van de notitie.'),
    text: Text('De notitie.'),
  },
  'Een extra notitie voor de leraar.',
);

const TeacherNotes = Obj(
  {
    preparation: Type.Optional(TextList('Voorbereiding: begin bij jezelf.')),
    background: Type.Optional(TextList('Achtergrond bij de tekst; feiten komen uit de tekst of noemen hun bron.')),
    responding: Type.Optional(TextList('Zinnen om te reageren op een racistische of kwetsende opmerking.')),
    guardrails: Type.Optional(TextList('Waar je op let tijdens het gesprek.')),
    language_learners: Type.Optional(TextList('Differentiatie voor anderstalige leerlingen.')),
    fast_finishers: Type.Optional(TextList('Differentiatie voor snelle leerlingen.')),
    extension: Type.Optional(TextList('Verdiepings- of huistaak.')),
    sources: Type.Optional(TextList('Bronnen: waar de feiten in de handleiding vandaan komen die niet uit de brontekst komen (titel, organisatie, adres).')),
    aftercare: Type.Optional(TextList('Nazorg: bij wie kan een leerling terecht? Geen verzonnen organisaties of nummers.')),
    notes: Type.Optional(Type.Array(Note, { description: 'Andere notities.' })),
  },
  'Alles wat alleen de leraar leest.',
);

const Energizer = Obj(
  {
    title: Text('Naam van de energizer.'),
    minutes: Type.Optional(Type.Integer({ minimum: 1, maximum: 30 })),
    steps: TextList('Hoe het gaat.', 1),
  },
  'Een korte opwarmer met beweging.',
);

const YouthSession = Obj(
  {
    title: Type.Optional(Text('Titel van de sessie (standaard de titel van de les).')),
    duration: Type.Integer({ minimum: 60, maximum: 90, description: 'Duur in minuten (60 tot 90).' }),
    group_size: Text('Groepsgrootte en wat je doet bij een grotere of kleinere groep.'),
    space: Text('Welke ruimte je nodig hebt.'),
    materials: Type.Optional(TextList('Benodigdheden.')),
    energizer: Energizer,
    agenda: Type.Array(YouthPhase, { minItems: 1, description: 'Het verloop van de sessie; de minuten tellen op tot "duration".' }),
    notes: Type.Optional(TextList('Tips voor de begeleider.')),
    retelling: Type.Optional(Text('Het verhaal in het kort, om in eigen woorden te vertellen voor je voorleest.')),
    questions: Type.Optional(
      Type.Array(YouthQuestion, {
        minItems: 1,
        maxItems: 3,
        description: 'Twee of drie gespreksvragen bij wat je voorlas. Zonder deze lijst: de vragen van de les, zonder antwoordhints.',
      }),
    ),
    read_aloud: Type.Optional(
      Type.Array(Type.Integer({ minimum: 1, description: 'Een ¶-nummer uit de brontekst.' }), {
        minItems: 1,
        description: 'De alinea’s die de begeleider voorleest, bv. [3, 4, 11]. Zonder deze lijst: de fragmenten van de les.',
      }),
    ),
    aftercare: Type.Optional(TextList('Nazorg na de sessie: bij wie kan een jongere terecht? Geen verzonnen organisaties of nummers.')),
  },
  'De variant van de les voor het jeugdwerk: geen punten, meer beweging, minder schrijven.',
);

export const LessonSchema = Type.Object(
  {
    $schema: Type.Optional(Type.String({ description: 'Pad naar het schema, voor editors.' })),
    id: Type.String({
      pattern: ID_PATTERN,
      description: 'Korte naam van de les in kleine letters, cijfers en streepjes, bv. "identiteit". Wordt de mapnaam in output/.',
    }),
    title: Text('Titel van de les, zoals ze bovenaan elk blad staat.'),
    theme: Text('Het thema, bv. "identiteit".'),
    audience: Text('Voor wie, bv. "2de en 3de graad secundair onderwijs".'),
    duration: Type.Integer({ minimum: 10, maximum: 200, description: 'Duur in minuten; een Vlaamse lesperiode is 50.' }),
    planned: Type.Optional(
      Type.Integer({
        minimum: 5,
        maximum: 200,
        description: 'De minuten die het lesverloop echt vult, bv. 45 van een lesperiode van 50: de rest gaat naar binnenkomen, starten en verplaatsen. Zonder "planned" telt het lesverloop op tot "duration".',
      }),
    ),
    source: Type.Optional(Type.String({ pattern: ID_PATTERN, description: 'De id van de brontekst in lessons/sources/ (standaard interview-somers).' })),
    essential_question: Text('De kernvraag van de les.'),
    objectives: TextList('Lesdoelen: wat leerlingen na de les kunnen (waarneembaar).', 1),
    curriculum: Type.Optional(TextList('Hoe de les past in het leerplan / de eindtermen. Noem een code alleen als je ze gecontroleerd hebt.')),
    intro: Text('Korte inleiding bij de tekst voor de leerlingen: wie spreekt, waar, wanneer.'),
    excerpts: Type.Array(Excerpt, { minItems: 1, description: 'Fragmenten uit de brontekst.' }),
    vocabulary: Type.Optional(Type.Array(Term, { description: 'Woordenlijst.' })),
    questions: Type.Array(Question, { minItems: 1, description: 'Vragen bij de tekst.' }),
    activities: Type.Optional(Type.Array(Activity, { description: 'Werkvormen.' })),
    agenda: Type.Array(AgendaPhase, { minItems: 1, description: 'Het lesverloop; de minuten tellen op tot "planned" (of tot "duration" zonder "planned").' }),
    follow_up: Type.Optional(FollowUp),
    ground_rules: Type.Optional(TextList('Gespreksafspraken voor een veilige (brave) ruimte.')),
    exit_ticket: Type.Optional(TextList('Vragen voor het exitticket aan het einde van de les.')),
    teacher: Type.Optional(TeacherNotes),
    youth_session: Type.Optional(YouthSession),
  },
  { additionalProperties: false, title: 'gesprekskit les' },
);

export type Lesson = Static<typeof LessonSchema>;
export type Question = Static<typeof Question>;
export type QuestionKind = (typeof QUESTION_KINDS)[number];
export type Excerpt = Static<typeof Excerpt>;
export type Activity = Static<typeof Activity>;
export type AgendaPhase = Static<typeof AgendaPhase>;
export type YouthSession = Static<typeof YouthSession>;
export type FollowUp = Static<typeof FollowUp>;
