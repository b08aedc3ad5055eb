import Ajv from 'ajv';
import { ESLint, type Rule } from 'eslint';
import userauth from 'eslint-plugin-userauth';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  codeBlockAfter,
  copyExampleApp,
  DOCS_BASE,
  EXAMPLE_DIR,
  ESLINT_CLI,
  eslintCli,
  REGISTRY_TESTS,
  ROOT,
  run,
  replaceOnce,
  tempDir,
} from './support.js';

// The CI gate as users run it: ESLint 10's CLI with --max-warnings 0 and
// the SARIF formatter, and the shell gate and workflow of docs/ci.md.

const CI_DOC = path.join(ROOT, 'docs', 'ci.md');
const require = createRequire(import.meta.url);

// js-yaml (already installed for ESLint's tooling) ships no types.
const yaml = require('js-yaml') as { load: (text: string) => unknown };
const FINDINGS = 16;
// Fixing runs ESLint several times over a typed project.
const SLOW = 180_000;

/**
 * A copy of the example app with every finding fixed, the way a developer
 * would: `eslint --fix` for the autofixes, the first editor suggestion for
 * findings that have one, and a hand edit for the three that have neither.
 */
async function fixExampleApp(): Promise<string> {
  const target = tempDir('gate');
  const app = copyExampleApp(target, { withConfig: true });
  const modules = path.join(target, 'node_modules');

  // The copied eslint.config.js imports the plugin and typescript-eslint
  // by name: link them as an install would.
  fs.mkdirSync(modules);
  fs.symlinkSync(ROOT, path.join(modules, 'eslint-plugin-userauth'), 'dir');
  fs.symlinkSync(
    path.join(ROOT, 'node_modules', 'typescript-eslint'),
    path.join(modules, 'typescript-eslint'),
    'dir',
  );

  // Hand edits. legacy.ts holds the API 8 and 9 code paths, whose only fix
  // is moving to getUserAuthInstance: the app retires them, and the ArkTS
  // login page, whose unguarded calls need hand-written try blocks in UI
  // code. The unguarded getEnrolledState call gets a try; its catch then
  // has a suggestion.
  fs.rmSync(path.join(app, 'src', 'legacy.ts'));
  fs.rmSync(path.join(app, 'src', 'pages'), { recursive: true });
  replaceOnce(
    path.join(app, 'src', 'settings.ts'),
    `  return userAuth.getEnrolledState(userAuth.UserAuthType.FINGERPRINT)
    .credentialCount;
`,
    `  try {
    return userAuth.getEnrolledState(userAuth.UserAuthType.FINGERPRINT)
      .credentialCount;
  } catch (err) {
    return 0;
  }
`,
  );

  expect(eslintCli(['--fix', 'src'], app).status).toBe(1);
  await applySuggestions(app);

  return app;
}

let fixedApp: Promise<string> | undefined;

/** The fixed copy, made once for all tests of this file. */
function fixedExampleApp(): Promise<string> {
  fixedApp ??= fixExampleApp();

  return fixedApp;
}

/** Applies the first suggestion of each finding until none is left. */
async function applySuggestions(app: string): Promise<void> {
  const eslint = new ESLint({ cwd: app });

  for (let pass = 0; pass < 5; pass++) {
    const results = await eslint.lintFiles(['src']);
    let applied = 0;

    for (const result of results) {
      const fixes = result.messages
        .map(message => message.suggestions?.[0]?.fix)
        .filter((fix): fix is Rule.Fix => fix !== undefined)
        .sort((a, b) => b.range[0] - a.range[0]);
      let text = fs.readFileSync(result.filePath, 'utf8');
      let limit = text.length;

      // From the end of the file backwards, skipping overlapping edits;
      // those are applied on the next pass.
      for (const fix of fixes) {
        if (fix.range[1] <= limit) {
          text =
            text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
          limit = fix.range[0];
          applied += 1;
        }
      }
      fs.writeFileSync(result.filePath, text);
    }

    if (applied === 0) {
      return;
    }
  }
}

interface SarifLog {
  version: string;
  runs: {
    tool: {
      driver: {
        name: string;
        rules: {
          id: string;
          helpUri?: string;
          shortDescription?: { text: string };
        }[];
      };
    };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: {
        physicalLocation: {
          artifactLocation: { uri: string };
          region: {
            startLine: number;
            startColumn: number;
            endLine: number;
            endColumn: number;
          };
        };
      }[];
    }[];
  }[];
}

/**
 * The official SARIF 2.1.0 JSON schema. No package in this repository
 * ships it; `@microsoft/jest-sarif` does, so it is fetched with `npm pack`
 * into a temporary folder (never installed here) when the registry tests
 * run, or read from USERAUTH_SARIF_SCHEMA.
 */
function sarifSchema(): object | undefined {
  const given = process.env.USERAUTH_SARIF_SCHEMA;

  if (given !== undefined && given !== '') {
    return JSON.parse(fs.readFileSync(given, 'utf8')) as object;
  }
  if (!REGISTRY_TESTS) {
    return undefined;
  }

  const dir = tempDir('sarif-schema');
  const packed = run(
    'npm',
    ['pack', '@microsoft/jest-sarif@1.0.0-beta.0', '--silent'],
    { cwd: dir },
  );
  const tarball = packed.stdout.trim().split('\n').pop() ?? '';
  const member = 'package/lib/schemas/sarif-2.1.0-rtm.5.json';

  expect(run('tar', ['-xzf', tarball, member], { cwd: dir }).status).toBe(0);

  return JSON.parse(fs.readFileSync(path.join(dir, member), 'utf8')) as object;
}

describe('eslint --max-warnings 0 on the example app', () => {
  it('fails with the findings listed', () => {
    const { status, stdout } = eslintCli(
      ['--max-warnings', '0', 'src'],
      EXAMPLE_DIR,
    );

    expect(status).toBe(1);
    expect(stdout).toContain(`✖ ${FINDINGS} problems (${FINDINGS} errors`);
  });

  it(
    'passes once every finding is fixed',
    async () => {
      const app = await fixedExampleApp();
      const { status, stdout } = eslintCli(['--max-warnings', '0', 'src'], app);

      expect(stdout).toBe('');
      expect(status).toBe(0);
    },
    SLOW,
  );
});

describe('SARIF output', () => {
  let sarif: SarifLog;
  let results: ESLint.LintResult[];

  beforeAll(async () => {
    const out = path.join(tempDir('sarif'), 'eslint.sarif');
    const { status, stderr } = eslintCli(
      ['-f', '@microsoft/eslint-formatter-sarif', '-o', out, 'src'],
      EXAMPLE_DIR,
    );

    expect(status, stderr).toBe(1);
    sarif = JSON.parse(fs.readFileSync(out, 'utf8')) as SarifLog;
    results = await new ESLint({ cwd: EXAMPLE_DIR }).lintFiles(['src']);
  }, SLOW);

  it('is valid against the SARIF 2.1.0 schema', ctx => {
    const schema = sarifSchema();

    if (schema === undefined) {
      ctx.skip('set CI=true, USERAUTH_PACKAGE_TEST=1 or USERAUTH_SARIF_SCHEMA');

      return;
    }

    // The schema is draft-04; ajv 6 (ESLint's) reads it with its meta-schema.
    const ajv = new Ajv({ schemaId: 'id', allErrors: true, meta: false });

    ajv.addMetaSchema(
      require('ajv/lib/refs/json-schema-draft-04.json') as object,
    );

    const validate = ajv.compile(schema);

    expect(validate(sarif), ajv.errorsText(validate.errors)).toBe(true);
  });

  it('has the shape code scanning reads', () => {
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs).toHaveLength(1);
    expect(sarif.runs[0]?.tool.driver.name).toBe('ESLint');
  });

  it("links each rule to its docs page, the rule's meta.docs.url", () => {
    const rules = sarif.runs[0]?.tool.driver.rules ?? [];

    expect(rules.length).toBeGreaterThan(0);

    for (const rule of rules) {
      const name = rule.id.replace(/^userauth\//, '');
      const meta = userauth.rules[name as keyof typeof userauth.rules].meta;

      expect(rule.helpUri).toBe(`${DOCS_BASE}/${name}.md`);
      expect(rule.helpUri).toBe(meta.docs?.url);
      expect(rule.shortDescription?.text).toBe(meta.docs?.description);
    }
  });

  it('carries each finding with its message, location and help URI', () => {
    const run0 = sarif.runs[0];
    const expected = results.flatMap(result =>
      result.messages.map(message => ({
        ruleId: message.ruleId,
        level: 'error',
        text: message.message,
        uri: pathToFileURL(result.filePath).href,
        region: {
          startLine: message.line,
          startColumn: message.column,
          endLine: message.endLine,
          endColumn: message.endColumn,
        },
        helpUri: `${DOCS_BASE}/${String(message.ruleId).replace('userauth/', '')}.md`,
      })),
    );
    const actual = (run0?.results ?? []).map(result => ({
      ruleId: result.ruleId,
      level: result.level,
      text: result.message.text,
      uri: result.locations[0]?.physicalLocation.artifactLocation.uri,
      region: result.locations[0]?.physicalLocation.region,
      helpUri: run0?.tool.driver.rules[result.ruleIndex]?.helpUri,
    }));

    expect(actual).toHaveLength(FINDINGS);
    expect(actual).toEqual(expected);
  });
});

describe('docs/ci.md', () => {
  function shellGate(cwd: string): number | null {
    const script = path.join(tempDir('gate-script'), 'gate.sh');

    fs.writeFileSync(script, codeBlockAfter(CI_DOC, 'ci-gate:shell'));

    // The gate lets ESLINT name the CLI; here it is ESLint 10's own file.
    return run('sh', [script], {
      cwd,
      env: { ...process.env, ESLINT: `${process.execPath} ${ESLINT_CLI}` },
    }).status;
  }

  it('has a shell gate that fails on the example app', () => {
    expect(shellGate(EXAMPLE_DIR)).toBe(1);
  });

  it(
    'has a shell gate that passes once the findings are fixed',
    async () => {
      expect(shellGate(await fixedExampleApp())).toBe(0);
    },
    SLOW,
  );

  it('has a GitHub Actions workflow that parses and uploads SARIF', () => {
    const workflow = yaml.load(codeBlockAfter(CI_DOC, 'ci-gate:workflow')) as {
      on: unknown;
      jobs: Record<
        string,
        {
          permissions: Record<string, string>;
          steps: {
            uses?: string;
            run?: string;
            with?: Record<string, unknown>;
          }[];
        }
      >;
    };
    const steps = Object.values(workflow.jobs).flatMap(job => job.steps);
    const lint = steps.find(step => step.run?.includes('--max-warnings 0'));
    const upload = steps.find(step =>
      step.uses?.startsWith('github/codeql-action/upload-sarif@'),
    );

    expect(workflow.on).toBeDefined();
    expect(steps.map(step => step.uses?.split('@')[0])).toEqual(
      expect.arrayContaining(['actions/checkout', 'actions/setup-node']),
    );
    expect(steps.some(step => step.run === 'npm ci')).toBe(true);
    expect(lint?.run).toContain('-f @microsoft/eslint-formatter-sarif');
    expect(lint?.run).toContain('-o eslint.sarif');
    expect(upload?.with?.sarif_file).toBe('eslint.sarif');
    expect(
      Object.values(workflow.jobs).some(
        job => job.permissions['security-events'] === 'write',
      ),
    ).toBe(true);
  });
});
