/** Lesson and activity ids: lowercase letters, digits and dashes; they become folder names. */
export const ID_PATTERN = '^[a-z0-9][a-z0-9-]{0,62}$';

/**
 * Names Windows keeps for devices: a folder output/con cannot exist there, so a kit built
 * on Linux and copied to a school's Windows share would break. Refused everywhere.
 */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

export function isReservedName(id: string): boolean {
  return WINDOWS_RESERVED.test(id);
}

/**
 * A lesson is named like its file: identiteit.yaml holds the lesson "identiteit". One name
 * for the file, the output folder and the commands, and a copy ("identiteit - kopie.yaml")
 * can never build into another lesson's folder.
 */
export function idFromFileName(fileName: string): string {
  return fileName.replace(/\.ya?ml$/i, '');
}
