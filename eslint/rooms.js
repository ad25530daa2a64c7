// A local ESLint rule: screens own their rooms. A file in renderer/src/features/<screen>/
// imports nothing from another screen's folder, and the data layer (db/, stores/, platform/)
// imports no screen at all: what two screens share lives in db/ (reads, the score engine),
// app/ (dialogs and parts), or shared/ (rules).
import path from 'node:path';

/** Where a file sits in the renderer: its top folder and, under features/, its screen. */
function roomOf(file) {
  const rel = path.relative(process.cwd(), file).split(path.sep);
  const i = rel.findIndex((part, k) => part === 'renderer' && rel[k + 1] === 'src');
  if (i < 0) return null;
  const top = rel[i + 2];
  if (!top || rel.length <= i + 3) return { top: null, screen: null };
  return { top, screen: top === 'features' ? (rel[i + 3] ?? null) : null };
}

const DATA_LAYER = new Set(['db', 'stores', 'platform']);

export const rooms = {
  meta: {
    type: 'problem',
    docs: { description: 'A feature folder imports no other feature folder; the data layer imports no screen.' },
    messages: {
      otherScreen:
        "'{{spec}}' reaches into the {{other}} screen's folder: move what both use to db/, app/ or shared/.",
      dataLayer: "'{{spec}}' makes the data layer depend on a screen ({{other}}): screens use db/, not the other way.",
    },
    schema: [],
  },
  create(context) {
    const file = context.filename ?? context.getFilename();
    const from = roomOf(file);
    if (!from || !from.top) return {};
    const check = (node, spec) => {
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const to = roomOf(path.resolve(path.dirname(file), spec));
      if (!to || to.top !== 'features' || !to.screen) return;
      if (from.top === 'features' && from.screen !== to.screen) {
        context.report({ node, messageId: 'otherScreen', data: { spec, other: to.screen } });
      } else if (DATA_LAYER.has(from.top)) {
        context.report({ node, messageId: 'dataLayer', data: { spec, other: to.screen } });
      }
    };
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
    };
  },
};

