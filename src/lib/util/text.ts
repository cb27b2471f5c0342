/** Text helpers shared by the pages' searches. */

/** Lower case without diacritics, for accent- and case-insensitive search ("Côte d'Ivoire" ~ "cote d'ivoire", "Guazuma" ~ "guázuma"). */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}
