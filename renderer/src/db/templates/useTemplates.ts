import { useEffect, useState } from 'react';
import { LANGUAGES, type Language } from '../../../../shared/domain';
import type { Template } from '../../../../shared/templates/template';
import { loadTemplates } from './templates';

/** The shipped templates once read, or why they could not be (to be said in the reader's language). */
export function useTemplates(): { templates: Template[] | null; error: unknown } {
  const [state, setState] = useState<{ templates: Template[] | null; error: unknown }>({
    templates: null,
    error: null,
  });
  useEffect(() => {
    let live = true;
    loadTemplates().then(
      (templates) => live && setState({ templates, error: null }),
      (error: unknown) =>
        live && setState({ templates: null, error: error ?? new Error(String(error)) }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}

/** The language template names are shown in: the interface's own, when templates have it. */
export function uiLanguage(language: string): Language {
  const base = language.slice(0, 2) as Language;
  return LANGUAGES.includes(base) ? base : 'en';
}
