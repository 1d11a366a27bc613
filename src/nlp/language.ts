/** The article's language as a BCP 47 primary subtag ('en', 'es', ...). */
export function detectLanguage(_text: string, declared: string | null): string {
  return declared ? declared.toLowerCase().split('-')[0]! : 'en';
}
