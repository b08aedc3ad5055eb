// Builds the ArkTS parser: bundles src/parser/ets with typescript-estree's
// converter, scope-manager and visitor-keys into dist/parser/ets/index.js,
// with `typescript` aliased to ohos-typescript (which stays external), so the
// converter reads the ArkTS compiler's syntax kinds and never loads the
// user's `typescript`. Run after tsc: it replaces tsc's output for the
// parser folder (keeping the .d.ts files).
//
//   node scripts/build-ets-parser.js [--outfile <file>]
import { build } from 'esbuild';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const root = path.join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const outfileFlag = process.argv.indexOf('--outfile');
const outfile =
  outfileFlag === -1
    ? path.join(root, 'dist', 'parser', 'ets', 'index.js')
    : path.resolve(process.argv[outfileFlag + 1]);
const outdir = path.dirname(outfile);

// typescript-estree's internals have no entry point of their own.
const estreeDist = path.dirname(
  require.resolve('@typescript-eslint/typescript-estree'),
);
const internals = `
export { Converter, convertError } from ${JSON.stringify(path.join(estreeDist, 'convert.js'))};
export { convertTokens, createError, TSError } from ${JSON.stringify(path.join(estreeDist, 'node-utils.js'))};
export { convertComments } from ${JSON.stringify(path.join(estreeDist, 'convert-comments.js'))};
export { createParserServices } from ${JSON.stringify(path.join(estreeDist, 'createParserServices.js'))};
`;

/** The first line of the bundle, which tells it from tsc's output. */
export const MARKER = '// eslint-plugin-userauth ArkTS parser bundle';

/** The bundled packages, whose licences ship next to the bundle. */
const BUNDLED = [
  '@typescript-eslint/typescript-estree',
  '@typescript-eslint/scope-manager',
  '@typescript-eslint/visitor-keys',
  '@typescript-eslint/types',
  'ts-api-utils',
];

fs.mkdirSync(outdir, { recursive: true });
// Written under a temporary name and renamed, so that parallel test workers
// never load a half-written bundle.
const temporary = `${outfile}.${process.pid}.tmp`;

await build({
  entryPoints: [path.join(root, 'src', 'parser', 'ets', 'index.ts')],
  outfile: temporary,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  alias: { typescript: 'ohos-typescript' },
  external: ['ohos-typescript', 'json5'],
  // The bundled CommonJS code calls `require('ohos-typescript')`.
  banner: {
    js: `${MARKER}\nimport { createRequire as __etsCreateRequire } from 'node:module';\nconst require = __etsCreateRequire(import.meta.url);`,
  },
  legalComments: 'eof',
  logLevel: 'warning',
  plugins: [
    {
      name: 'ets-estree-internals',
      setup(esbuild) {
        esbuild.onResolve({ filter: /^ets-estree-internals$/ }, () => ({
          path: 'ets-estree-internals',
          namespace: 'ets-estree-internals',
        }));
        esbuild.onLoad(
          { filter: /.*/, namespace: 'ets-estree-internals' },
          () => ({ contents: internals, loader: 'js', resolveDir: root }),
        );
      },
    },
  ],
});

fs.renameSync(temporary, outfile);

if (outfileFlag === -1) {
  // tsc's per-file output for the folder is replaced by the bundle.
  for (const name of fs.readdirSync(outdir)) {
    if (name.endsWith('.js') && name !== 'index.js' && name !== 'lazy.js') {
      fs.rmSync(path.join(outdir, name));
    }
  }
}

const notices = BUNDLED.map(name => {
  const dir = path.join(root, 'node_modules', name);
  const licence = fs.readdirSync(dir).find(file => /^licen[cs]e/iu.test(file));
  const text = licence ? fs.readFileSync(path.join(dir, licence), 'utf8') : '';

  return `${name}\n${'='.repeat(name.length)}\n\n${text.trim()}\n`;
});

fs.writeFileSync(
  path.join(outdir, 'THIRD_PARTY_NOTICES.txt'),
  `The ArkTS parser bundle (index.js) contains these packages:\n\n${notices.join('\n')}`,
);
