/** Lesson and activity ids: lowercase letters, digits and dashes; they become folder names. */
export const ID_PATTERN = '^[a-z0-9][a-z0-9-]{0,62}$';
