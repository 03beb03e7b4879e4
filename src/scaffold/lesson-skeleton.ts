export interface SkeletonOptions {
  id: string;
  /** Source id for the "source:" line. */
  source: string;
  /** Path from the lesson file to lesson.schema.json, for the editor line. */
  schemaPath: string;
}

/**
 * A lesson that validates as it is, against any source text with at least one paragraph:
 * it only cites ¶1 and quotes nothing. Every key is there with a Dutch comment saying what
 * to write; the teacher replaces the placeholder texts.
 */
export function lessonSkeleton({ id, source, schemaPath }: SkeletonOptions): string {
  return `# yaml-language-server: $schema=${schemaPath}
#
# Een nieuwe les. Vervang de teksten tussen aanhalingstekens door die van jouw les.
# Controleer met: npx gesprekskit validate ${id}
# Bouw met:       npx gesprekskit build ${id}
# Tekst met een : of # erin zet je tussen aanhalingstekens. Inspringen met spaties, nooit met tabs.

id: ${id}
title: "Titel van de les"           # bovenaan elk blad
theme: "thema"
audience: "2de graad secundair onderwijs"
duration: 50                        # minuten: een Vlaamse lesperiode is 50
planned: 45                         # de minuten die het lesverloop vult (ongeveer 45 van de 50 zijn bruikbaar)
${`source: ${source}`.padEnd(35)} # de brontekst: lessons/sources/${source}.md

essential_question: "De kernvraag van de les?"

objectives:                         # wat leerlingen na de les kunnen (waarneembaar)
  - "De leerlingen leggen in eigen woorden uit wat de tekst in ¶1 zegt."

intro: "Wie spreekt er in de tekst, waar en wanneer? Twee of drie zinnen voor de leerlingen."

excerpts:                           # wat de leerlingen lezen
  - paragraphs: [1]                 # hele alinea's met hun ¶-nummer, bv. [3, 4]
  # - quote: "Een zin die woord voor woord in de tekst staat."
  #   paragraph: 4                  # waar het citaat staat (wordt gecontroleerd)

# vocabulary:                       # woordenlijst voor anderstalige leerlingen
#   - term: "woord"
#     explanation: "Eenvoudige uitleg."   # weglaten als de woordenlijst van de brontekst het woord uitlegt

questions:
  - kind: text-dependent            # het antwoord staat in de tekst
    prompt: "Een vraag over ¶1?"
    size: 3                         # aantal schrijflijnen
    hint: "¶1: het antwoord, met de alinea waar het staat (alleen voor de leraar)."
  - kind: personal                  # of interpretive: interpreteren
    prompt: "Een vraag naar de mening of ervaring van de leerling?"
    answer: box                     # lines (standaard), box of none
    size: 4

agenda:                             # het lesverloop; de minuten tellen op tot planned
  - phase: "Opening"
    minutes: 10
    teacher: "Wat jij doet."
    students: "Wat de leerlingen doen."
  - phase: "Lezen en vragen"
    minutes: 25
    teacher: "Wat jij doet."
    students: "Wat de leerlingen doen."
    if_short: "Wat je schrapt als de tijd krap is."   # optioneel
  - phase: "Afsluiting"
    minutes: 10
    teacher: "Wat jij doet."
    students: "Wat de leerlingen doen."

# follow_up:                        # optioneel: een tweede lesuur voor wat niet past
#   title: "Tweede lesuur: verdieping"
#   agenda:
#     - phase: "Verder"
#       minutes: 45
#       teacher: "Wat jij doet."
#       students: "Wat de leerlingen doen."
# ground_rules:                     # gespreksafspraken, bovenaan het werkblad
#   - "Ik spreek vanuit mezelf."
# exit_ticket:
#   - "Eén ding dat je onthoudt uit deze les."
# teacher:                          # alleen in de lerarenhandleiding
#   aftercare:
#     - "Wat je doet als een leerling geraakt is."
`;
}
