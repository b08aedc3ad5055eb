// Loads the ArkTS parser the way users get it: the esbuild bundle in
// dist/parser/ets, which carries typescript-estree built against
// ohos-typescript. The bundle is rebuilt first when a source of the parser
// is newer (tests may run without `npm run build`).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import type etsParserType from '../../src/parser/ets/index.js';

const ROOT = path.join(import.meta.dirname, '..', '..');
const BUNDLE = path.join(ROOT, 'dist', 'parser', 'ets', 'index.js');
const SOURCES = [
  path.join(ROOT, 'src', 'parser', 'ets'),
  path.join(ROOT, 'sdk', 'component'),
];

/** The folder the `.ets` snippets and corpus pages live in. */
export const ETS_DIR = import.meta.dirname;

/** The folder of the hand-written `.ets` pages. */
export const CORPUS_DIR = path.join(ETS_DIR, 'corpus');

function newestSource(): number {
  return Math.max(
    ...SOURCES.flatMap(dir =>
      fs
        .readdirSync(dir)
        .map(name => fs.statSync(path.join(dir, name)).mtimeMs),
    ),
    fs.statSync(path.join(ROOT, 'scripts', 'build-ets-parser.js')).mtimeMs,
  );
}

/** The bundle's first line; tsc's unbundled output lacks it. */
const MARKER = '// eslint-plugin-userauth ArkTS parser bundle';

function bundleIsFresh(): boolean {
  try {
    return (
      fs.readFileSync(BUNDLE, 'utf8').startsWith(MARKER) &&
      fs.statSync(BUNDLE).mtimeMs >= newestSource()
    );
  } catch {
    return false;
  }
}

if (!bundleIsFresh()) {
  execFileSync(process.execPath, [
    path.join(ROOT, 'scripts', 'build-ets-parser.js'),
  ]);
}

const loaded = (await import(pathToFileURL(BUNDLE).href)) as {
  default: typeof etsParserType;
};

/** The bundled ArkTS parser. */
export const etsParser = loaded.default;
