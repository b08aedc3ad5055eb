// Measures the ArkTS parser against typescript-eslint's parser on the twin
// pages in tests/fixtures/ets-twins: cold start (first parse in a fresh
// process, module loading included), a re-parse after an edit, linting
// with the plugin's rules, and the process's memory. Needs a build
// (`npm run build`). Each parser runs in its own process:
//
//   node scripts/measure-ets-parser.js
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.join(import.meta.dirname, '..');
const twins = path.join(root, 'tests', 'fixtures', 'ets-twins');
const mode = process.argv[2];
const EDITS = 10;

async function measure(kind) {
  const started = performance.now();
  const file = path.join(twins, kind === 'ets' ? 'Wallet.ets' : 'Wallet.ts');
  const text = fs.readFileSync(file, 'utf8');
  const parser =
    kind === 'ets'
      ? (
          await import(
            pathToFileURL(path.join(root, 'dist/parser/ets/index.js'))
          )
        ).default
      : (await import('@typescript-eslint/parser')).default;
  const options =
    kind === 'ets'
      ? { filePath: file }
      : {
          filePath: file,
          project: path.join(twins, 'tsconfig.json'),
          tsconfigRootDir: twins,
          range: true,
          loc: true,
          tokens: true,
          comment: true,
        };
  parser.parseForESLint(text, options);
  const cold = performance.now() - started;

  const editStart = performance.now();
  for (let edit = 0; edit < EDITS; edit += 1) {
    parser.parseForESLint(`${text}// edit ${edit}\n`, options);
  }
  const perEdit = (performance.now() - editStart) / EDITS;

  const { Linter } = await import('eslint');
  const plugin = (await import(pathToFileURL(path.join(root, 'dist/index.js'))))
    .default;
  const lintStart = performance.now();
  const messages = new Linter().verify(
    `${text}// lint\n`,
    [
      {
        files: ['**/*.ts', '**/*.ets'],
        languageOptions: { parser, parserOptions: options },
        plugins: { userauth: plugin },
        rules: plugin.configs.recommended[0].rules,
      },
    ],
    file,
  );
  const lint = performance.now() - lintStart;

  return {
    parser: kind,
    coldStartMs: Math.round(cold),
    parseAfterEditMs: Math.round(perEdit),
    lintWithRulesMs: Math.round(lint),
    findings: messages.length,
    rssMB: Math.round(process.memoryUsage().rss / 2 ** 20),
  };
}

if (mode === 'ets' || mode === 'ts') {
  process.stdout.write(JSON.stringify(await measure(mode)));
} else {
  const rows = ['ets', 'ts'].map(kind =>
    JSON.parse(
      execFileSync(process.execPath, [import.meta.filename, kind], {
        encoding: 'utf8',
      }),
    ),
  );
  console.table(rows);
}
