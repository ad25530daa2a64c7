/** Text as search compares it: lower case, accents removed (ё and é match e). */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}
