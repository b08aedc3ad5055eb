// Lints TypeScript code nobody wrote for this plugin: the `.ts` sources
// that rxjs and zod publish on npm (installed as devDependencies), with
// every rule of the built plugin on, through ESLint's Node API and the
// project service. None of that code uses userAuth, so every rule must stay
// silent, and nothing may crash.
//
//   node scripts/robustness.js [--limit N] [--json]
//
// --limit N  lints N files picked evenly across the corpus (for tests)
// --json     prints the summary as one line of JSON at the end
//
// Exits 1 on any crash (a rule throwing, a fatal message) or any report.
import { ESLint } from 'eslint';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import tseslint from 'typescript-eslint';

import plugin from '../dist/index.js';

const ROOT = path.join(import.meta.dirname, '..');

/** The packages whose shipped sources are linted, and where they live. */
const CORPORA = [
  { name: 'rxjs', sources: path.join(ROOT, 'node_modules', 'rxjs', 'src') },
  { name: 'zod', sources: path.join(ROOT, 'node_modules', 'zod', 'src') },
];

/** How many files one `lintFiles` call takes. */
const CHUNK_SIZE = 60;

const args = process.argv.slice(2);
const limitIndex = args.indexOf('--limit');
const limit =
  limitIndex === -1 ? Infinity : Number.parseInt(args[limitIndex + 1], 10);
const asJson = args.includes('--json');

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'userauth-robust-'));

try {
  const files = pickEvenly(prepareCorpus(workDir), limit);
  const summary = await lintCorpus(workDir, files);

  printSummary(summary);

  if (summary.crashes.length > 0 || summary.reports.length > 0) {
    process.exitCode = 1;
  }
} finally {
  fs.rmSync(workDir, { recursive: true, force: true });
}

/**
 * Copies each package's `.ts` sources (declaration files left out) into
 * the work folder and writes a tsconfig that includes them all: strict
 * checks off, since the code is linted, not built; the packages' own names
 * mapped to the copies; the kit's modules mapped to the repository's
 * `sdk/`, as in a user's project. Returns the copied files, sorted.
 */
function prepareCorpus(dir) {
  const files = [];

  for (const { name, sources } of CORPORA) {
    for (const relative of listTypeScript(sources)) {
      const target = path.join(dir, name, relative);

      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.copyFileSync(path.join(sources, relative), target);
      files.push(target);
    }
  }

  // Type packages and test helpers the sources import (vitest, @types/node).
  fs.symlinkSync(
    path.join(ROOT, 'node_modules'),
    path.join(dir, 'node_modules'),
    'dir',
  );
  const sdk = path.relative(dir, path.join(ROOT, 'sdk'));
  const tsconfig = {
    compilerOptions: {
      target: 'es2022',
      lib: ['es2022', 'dom'],
      module: 'esnext',
      moduleResolution: 'bundler',
      strict: false,
      noEmit: true,
      skipLibCheck: true,
      types: ['node'],
      paths: {
        rxjs: ['./rxjs/index.ts'],
        'rxjs/*': ['./rxjs/*/index.ts'],
        zod: ['./zod/index.ts'],
        'zod/*': ['./zod/*/index.ts', './zod/*'],
        '@ohos.*': [`${sdk}/api/@ohos.*`],
        '@kit.*': [`${sdk}/kits/@kit.*`],
      },
    },
    include: CORPORA.map(({ name }) => `${name}/**/*.ts`),
  };

  fs.writeFileSync(
    path.join(dir, 'tsconfig.json'),
    `${JSON.stringify(tsconfig, null, 2)}\n`,
  );

  return files.sort();
}

function listTypeScript(dir) {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter(
      entry =>
        entry.isFile() &&
        entry.name.endsWith('.ts') &&
        !entry.name.endsWith('.d.ts'),
    )
    .map(entry => path.relative(dir, path.join(entry.parentPath, entry.name)));
}

/** `count` files spread over the whole sorted list, or all of them. */
function pickEvenly(files, count) {
  if (!(count < files.length)) {
    return files;
  }

  const step = files.length / count;

  return Array.from(
    { length: count },
    (_, index) => files[Math.floor(index * step)],
  );
}

async function lintCorpus(dir, files) {
  const eslint = new ESLint({
    cwd: dir,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.ts'],
        languageOptions: {
          parser: tseslint.parser,
          parserOptions: { projectService: true, tsconfigRootDir: dir },
        },
        // The sources' own `eslint-disable` comments must not hide a report.
        linterOptions: {
          noInlineConfig: true,
          reportUnusedDisableDirectives: 'off',
          reportUnusedInlineConfigs: 'off',
        },
      },
      ...plugin.configs.all,
    ],
  });
  const summary = {
    files: 0,
    lines: 0,
    rules: Object.keys(plugin.configs.all[0].rules).length,
    crashes: [],
    reports: [],
    byPackage: {},
  };
  const started = performance.now();

  for (let start = 0; start < files.length; start += CHUNK_SIZE) {
    const chunk = files.slice(start, start + CHUNK_SIZE);

    for (const result of await lintChunk(eslint, chunk)) {
      record(summary, dir, result);
    }
  }

  summary.seconds = Math.round((performance.now() - started) / 100) / 10;

  return summary;
}

/**
 * Lints a chunk in one call; when a rule throws, lints its files one by
 * one so the crash is pinned to its file and the others still count.
 */
async function lintChunk(eslint, chunk) {
  try {
    return await eslint.lintFiles(chunk);
  } catch {
    const results = [];

    for (const file of chunk) {
      try {
        results.push(...(await eslint.lintFiles([file])));
      } catch (error) {
        results.push({ filePath: file, messages: [], thrown: error });
      }
    }

    return results;
  }
}

function record(summary, dir, result) {
  const file = path.relative(dir, result.filePath);
  const packageName = file.split(path.sep)[0];
  const lines = fs.readFileSync(result.filePath, 'utf8').split('\n').length;
  const counts = (summary.byPackage[packageName] ??= { files: 0, lines: 0 });

  summary.files += 1;
  summary.lines += lines;
  counts.files += 1;
  counts.lines += lines;

  if (result.thrown !== undefined) {
    summary.crashes.push({ file, message: String(result.thrown.stack) });
  }

  for (const message of result.messages) {
    if (message.fatal === true) {
      summary.crashes.push({
        file,
        line: message.line,
        message: message.message,
      });
    } else if (message.ruleId?.startsWith('userauth/') === true) {
      summary.reports.push({
        file,
        line: message.line,
        ruleId: message.ruleId,
        message: message.message,
      });
    }
  }
}

function printSummary(summary) {
  for (const [name, counts] of Object.entries(summary.byPackage)) {
    console.log(`${name}: ${counts.files} files, ${counts.lines} lines`);
  }

  for (const crash of summary.crashes) {
    console.log(`CRASH ${crash.file}:${crash.line ?? ''} ${crash.message}`);
  }

  for (const report of summary.reports) {
    console.log(
      `REPORT ${report.file}:${report.line} ${report.ruleId} ${report.message}`,
    );
  }

  console.log(
    `Linted ${summary.files} files (${summary.lines} lines) with all ` +
      `${summary.rules} rules in ${summary.seconds} s: ` +
      `${summary.crashes.length} crashes, ${summary.reports.length} reports.`,
  );

  if (asJson) {
    console.log(JSON.stringify(summary));
  }
}
