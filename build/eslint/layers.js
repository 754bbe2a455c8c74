// The layering rule of ARCHITECTURE.md. A local rule rather than no-restricted-imports because "outside shared/"
// must hold for relative paths at any depth, which only resolving the path against the importing file can tell.
import { builtinModules } from 'node:module';
import path from 'node:path';

const nodeBuiltins = new Set(builtinModules);

// Only these run inside Electron; everything else also runs under plain Node, where require('electron') would try
// to download the binary.
const electronFiles = new Set(['electron/main.ts', 'electron/preload.ts', 'electron/ipc.ts']);

/** Project folders a layer may import from, and whether it may use Node built-ins; null: anything goes. */
function policyFor(file) {
  if (file.startsWith('renderer/')) return { folders: ['renderer/', 'shared/'], node: false };
  if (file.startsWith('shared/')) return { folders: ['shared/'], node: false };
  // The demo generator reuses back-end helpers (the password hasher, the chained audit writer) rather than
  // copying them, so demo data is stored exactly as the app stores it.
  if (file.startsWith('db/demo/')) {
    return { folders: ['db/', 'shared/', 'electron/services/', 'electron/router/audit'], node: true };
  }
  if (file.startsWith('db/')) return { folders: ['db/', 'shared/'], node: true };
  if (file.startsWith('electron/')) return { folders: ['electron/', 'shared/', 'db/'], node: true };
  return null;
}

const toPosix = (p) => p.split(path.sep).join('/');

/** @type {import('eslint').Rule.RuleModule} */
const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps renderer/, shared/, db/ and electron/ to the imports their layer allows.' },
    schema: [],
    messages: {
      electron: "Only electron/main.ts, electron/preload.ts and electron/ipc.ts may import '{{source}}'.",
      node: "{{layer}}/ may not import the Node built-in '{{source}}'.",
      folder: "{{layer}}/ may not import '{{source}}' (it resolves to {{target}}); allowed: {{allowed}}.",
    },
  },
  create(context) {
    const file = toPosix(path.relative(context.cwd, context.filename));
    const policy = policyFor(file);
    const layer = file.split('/')[0];

    function check(node, source) {
      if (source === 'electron' || source.startsWith('electron/')) {
        if (!electronFiles.has(file)) context.report({ node, messageId: 'electron', data: { source } });
        return;
      }
      if (!policy) return;
      if (source.startsWith('node:') || nodeBuiltins.has(source.split('/')[0])) {
        if (!policy.node) context.report({ node, messageId: 'node', data: { layer, source } });
        return;
      }
      if (!source.startsWith('.') && !source.startsWith('/')) return; // a package from node_modules
      const target = toPosix(path.relative(context.cwd, path.resolve(path.dirname(context.filename), source)));
      if (!policy.folders.some((folder) => target.startsWith(folder))) {
        const allowed = policy.folders.join(', ');
        context.report({ node, messageId: 'folder', data: { layer, source, target: target || '.', allowed } });
      }
    }

    const fromSource = (node) => {
      if (node.source && typeof node.source.value === 'string') check(node.source, node.source.value);
    };
    return {
      ImportDeclaration: fromSource,
      ExportNamedDeclaration: fromSource,
      ExportAllDeclaration: fromSource,
      ImportExpression: fromSource,
      CallExpression(node) {
        const [arg] = node.arguments;
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && arg?.type === 'Literal') {
          if (typeof arg.value === 'string') check(arg, arg.value);
        }
      },
      TSExternalModuleReference(node) {
        if (node.expression.type === 'Literal' && typeof node.expression.value === 'string') {
          check(node.expression, node.expression.value);
        }
      },
    };
  },
};

export const layersPlugin = { meta: { name: 'rehabdesk-layers' }, rules: { layers: layersRule } };
