import { parseTemplate, type Template } from '../../../../shared/templates/template';

// The template files shipped in resources/templates, each a chunk of its own, read on demand.
const files = import.meta.glob<string>('../../../../resources/templates/*.json', {
  query: '?raw',
  import: 'default',
});

/** The order industries are offered in; any other template file follows, by name. */
const ORDER = ['retail', 'banking', 'telecom', 'hospitality'];

let loaded: Promise<Template[]> | null = null;

/** Every shipped template, validated; a bad file is named in the error. */
export function loadTemplates(): Promise<Template[]> {
  loaded ??= Promise.all(
    Object.entries(files).map(async ([path, load]) =>
      parseTemplate(await load(), path.slice(path.lastIndexOf('/') + 1)),
    ),
  )
    .then((list) => list.sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id)))
    .catch((error: unknown) => {
      loaded = null;
      throw error;
    });
  return loaded;
}

function rank(id: string): number {
  const i = ORDER.indexOf(id);
  return i < 0 ? ORDER.length : i;
}
