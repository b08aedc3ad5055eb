import { ESLint } from 'eslint';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  copyExampleApp,
  EXAMPLE_DIR,
  REGISTRY_TESTS,
  ROOT,
  run,
  tempDir,
} from './support.js';

// The plugin as users receive it: the tarball `npm pack` makes, installed
// from the registry's point of view into a fresh project outside the
// repository, configured with nothing but the README's eslint.config.js.
//
// Slow (one `npm install`), so it runs only with CI=true or
// USERAUTH_PACKAGE_TEST=1. It packs the dist/ that `npm test`'s pretest
// built; it does not rebuild, since other test files read dist/ meanwhile.

const INSTALL_TIMEOUT = 240_000;
const BIN = path.join(ROOT, 'node_modules', '.bin');

interface PackedFile {
  path: string;
}

interface Finding {
  file: string;
  line: number;
  ruleId: string | null;
}

function findingsOf(results: ESLint.LintResult[], base: string): Finding[] {
  return results.flatMap(result =>
    result.messages.map(message => ({
      file: path.relative(base, result.filePath),
      line: message.line,
      ruleId: message.ruleId,
    })),
  );
}

/** The README's `eslint.config.js`, character for character. */
function readmeConfig(): string {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```js\n([\s\S]*?)\n```/g)].map(
    match => match[1] ?? '',
  );
  const config = blocks.find(block =>
    block.includes("from 'eslint-plugin-userauth'"),
  );

  if (config === undefined) {
    throw new Error('The README shows no eslint.config.js.');
  }

  return `${config}\n`;
}

describe.runIf(REGISTRY_TESTS)('the packed plugin', () => {
  let tarball: string;
  let files: string[];
  let project: string;

  beforeAll(() => {
    if (!fs.existsSync(path.join(ROOT, 'dist', 'index.js'))) {
      throw new Error('No dist/: run `npm run build` first.');
    }

    const packDir = tempDir('pack');
    const packed = run(
      'npm',
      ['pack', '--json', '--pack-destination', packDir],
      { cwd: ROOT },
    );

    expect(packed.status, packed.stderr).toBe(0);

    const [info] = JSON.parse(packed.stdout) as {
      filename: string;
      files: PackedFile[];
    }[];

    if (info === undefined) {
      throw new Error('npm pack reported no tarball.');
    }

    tarball = path.join(packDir, info.filename);
    files = info.files.map(file => file.path).sort();

    // A fresh project: the example app's sources and the stand-in SDK,
    // the README's config, and one install from the registry.
    project = copyExampleApp(tempDir('install'), { withConfig: false });
    fs.writeFileSync(
      path.join(project, 'package.json'),
      `${JSON.stringify({ name: 'mailbox', private: true, type: 'module' }, null, 2)}\n`,
    );
    fs.writeFileSync(path.join(project, 'eslint.config.js'), readmeConfig());

    const installed = run(
      'npm',
      [
        'install',
        '--no-audit',
        '--no-fund',
        tarball,
        'eslint@10.16.0',
        'typescript-eslint@8.74.0',
        '@typescript-eslint/parser@8.74.0',
        'typescript@6.0.3',
        // The README's install line for apps with ArkTS pages.
        'ohos-typescript@4.9.5-r9',
      ],
      { cwd: project, timeout: INSTALL_TIMEOUT },
    );

    expect(installed.status, installed.stderr).toBe(0);
  }, INSTALL_TIMEOUT + 60_000);

  it('ships what users need and nothing else', () => {
    const top = new Set(files.map(file => file.split('/')[0]));
    const rules = fs
      .readdirSync(path.join(ROOT, 'docs', 'rules'))
      .map(doc => `docs/rules/${doc}`);

    expect([...top].sort()).toEqual(
      // sdk/ is the ArkTS parser's embedded default SDK.
      ['LICENSE', 'README.md', 'dist', 'docs', 'package.json', 'sdk'].sort(),
    );
    expect(files).toEqual(
      expect.arrayContaining([
        'dist/index.js',
        'dist/index.d.ts',
        'docs/codes.md',
        ...rules,
      ]),
    );
    // Compiled code and licence notices only: no sources, tests, maps or
    // build info.
    expect(
      files.filter(
        file =>
          file.startsWith('dist/') &&
          !file.endsWith('.js') &&
          !file.endsWith('.d.ts') &&
          !file.endsWith('.json') &&
          !/(?:LICENSE|NOTICE)S?(?:\.txt|\.md)?$/.test(file),
      ),
    ).toEqual([]);
  });

  it('lints the example app with only the README config', async () => {
    const lint = run(
      process.execPath,
      [
        path.join(project, 'node_modules', 'eslint', 'bin', 'eslint.js'),
        '-f',
        'json',
        'src',
      ],
      { cwd: project },
    );

    expect(lint.status, lint.stderr).toBe(1);

    const installed = JSON.parse(lint.stdout) as ESLint.LintResult[];
    const inRepo = await new ESLint({ cwd: EXAMPLE_DIR }).lintFiles(['src']);

    expect(installed.flatMap(result => result.messages)).not.toContainEqual(
      expect.objectContaining({ fatal: true }),
    );
    expect(findingsOf(installed, project)).toEqual(
      findingsOf(inRepo, EXAMPLE_DIR),
    );
    expect(findingsOf(installed, project)).toHaveLength(16);
  });

  it('uses the installed copy, not the repository', () => {
    const resolved = run(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "console.log(import.meta.resolve('eslint-plugin-userauth'))",
      ],
      { cwd: project },
    );

    expect(resolved.stdout.trim()).toBe(
      `file://${fs.realpathSync(project)}/node_modules/eslint-plugin-userauth/dist/index.js`,
    );
  });

  it('passes publint', () => {
    const result = run(path.join(BIN, 'publint'), ['--strict', ROOT], {
      cwd: ROOT,
    });

    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain('All good!');
  });

  it('passes attw for ESM consumers', () => {
    // The package is ESM only, as ESLint 9 and 10 flat configs can load it;
    // the esm-only profile skips the CommonJS resolutions (node10 and
    // require() under node16), which an ESM-only package cannot satisfy.
    const result = run(
      path.join(BIN, 'attw'),
      [tarball, '--profile', 'esm-only', '--format', 'table-flipped'],
      { cwd: ROOT },
    );

    expect(result.status, result.stdout + result.stderr).toBe(0);
  });
});
