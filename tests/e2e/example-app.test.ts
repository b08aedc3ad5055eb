import { ESLint } from 'eslint';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

// The example app is linted as a user's project would be: through ESLint's
// Node API (what editors and CI use) with its own eslint.config.js, which
// imports the built plugin by its package name.
const ROOT = path.join(import.meta.dirname, '..', '..');
const EXAMPLE_DIR = path.join(ROOT, 'examples');

interface Finding {
  file: string;
  line: number;
  ruleId: string | null;
}

function findingsOf(results: ESLint.LintResult[]): Finding[] {
  return results.flatMap(result =>
    result.messages.map(message => ({
      file: path.relative(EXAMPLE_DIR, result.filePath),
      line: message.line,
      ruleId: message.ruleId,
    })),
  );
}

describe('the example app', () => {
  let results: ESLint.LintResult[];

  beforeAll(async () => {
    results = await new ESLint({ cwd: EXAMPLE_DIR }).lintFiles(['src']);
  });

  it('reports each deliberate mistake and nothing else', () => {
    expect(findingsOf(results)).toEqual([
      { file: 'src/legacy.ts', line: 15, ruleId: 'userauth/no-deprecated-api' },
      { file: 'src/legacy.ts', line: 46, ruleId: 'userauth/no-deprecated-api' },
      {
        file: 'src/legacy.ts',
        line: 59,
        ruleId: 'userauth/no-impossible-codes',
      },
      {
        file: 'src/login.ts',
        line: 125,
        ruleId: 'userauth/handle-result-codes',
      },
      { file: 'src/login.ts', line: 129, ruleId: 'userauth/no-magic-codes' },
      {
        file: 'src/pages/Login.ets',
        line: 25,
        ruleId: 'userauth/handle-thrown-codes',
      },
      {
        file: 'src/pages/Login.ets',
        line: 66,
        ruleId: 'userauth/no-magic-codes',
      },
      {
        file: 'src/pages/Login.ets',
        line: 89,
        ruleId: 'userauth/handle-thrown-codes',
      },
      {
        file: 'src/pages/Login.ets',
        line: 100,
        ruleId: 'userauth/handle-result-codes',
      },
      {
        file: 'src/pages/Login.ets',
        line: 106,
        ruleId: 'userauth/handle-thrown-codes',
      },
      { file: 'src/payment.ts', line: 56, ruleId: 'userauth/no-magic-codes' },
      {
        file: 'src/settings.ts',
        line: 20,
        ruleId: 'userauth/handle-thrown-codes',
      },
      { file: 'src/settings.ts', line: 24, ruleId: 'userauth/no-magic-codes' },
      {
        file: 'src/settings.ts',
        line: 95,
        ruleId: 'userauth/handle-thrown-codes',
      },
      {
        file: 'src/unlock.ts',
        line: 92,
        ruleId: 'userauth/require-result-listener',
      },
      {
        file: 'src/unlock.ts',
        line: 94,
        ruleId: 'userauth/handle-result-codes',
      },
    ]);
  });

  it('lints every file, the look-alike and unrelated ones included', () => {
    expect(results.map(result => path.basename(result.filePath))).toEqual(
      expect.arrayContaining(['accountAuth.ts', 'http.ts', 'kit.ts']),
    );
  });

  it('fixes every finding into code that type-checks', async () => {
    const fixed = await new ESLint({ cwd: EXAMPLE_DIR, fix: true }).lintFiles([
      'src',
    ]);
    const copy = copyExampleWith(fixed);

    // Handlers that skip codes have suggestions only: they stay reported.
    expect(
      findingsOf(fixed).filter(
        finding => finding.ruleId === 'userauth/no-magic-codes',
      ),
    ).toEqual([]);
    expect(typeErrorsIn(path.join(copy, 'examples'))).toEqual([]);
  });

  it('has nothing left to fix after one pass', async () => {
    const fixed = await new ESLint({ cwd: EXAMPLE_DIR, fix: true }).lintFiles([
      'src',
    ]);
    const eslint = new ESLint({ cwd: EXAMPLE_DIR, fix: true });

    for (const result of fixed.filter(each => each.output !== undefined)) {
      const [again] = await eslint.lintText(result.output ?? '', {
        filePath: result.filePath,
      });

      expect(again?.output).toBeUndefined();
    }
  });
});

/**
 * Copies the example app and the stand-in SDK to a temporary folder,
 * replacing each fixed file with its fixed text.
 */
function copyExampleWith(fixed: ESLint.LintResult[]): string {
  const target = fs.mkdtempSync(path.join(os.tmpdir(), 'userauth-example-'));

  fs.cpSync(EXAMPLE_DIR, path.join(target, 'examples'), { recursive: true });
  fs.cpSync(path.join(ROOT, 'sdk'), path.join(target, 'sdk'), {
    recursive: true,
  });

  for (const result of fixed) {
    if (result.output !== undefined) {
      const relative = path.relative(EXAMPLE_DIR, result.filePath);

      fs.writeFileSync(path.join(target, 'examples', relative), result.output);
    }
  }

  return target;
}

/** The type errors `tsc -p <dir>` would print, one line each. */
function typeErrorsIn(projectDir: string): string[] {
  const configFile = ts.findConfigFile(projectDir, file =>
    ts.sys.fileExists(file),
  );

  if (configFile === undefined) {
    throw new Error(`No tsconfig.json in ${projectDir}.`);
  }

  const { config } = ts.readConfigFile(configFile, file =>
    ts.sys.readFile(file),
  ) as {
    config: unknown;
  };
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, projectDir);
  const program = ts.createProgram(parsed.fileNames, parsed.options);

  return ts
    .getPreEmitDiagnostics(program)
    .map(diagnostic =>
      ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'),
    );
}
