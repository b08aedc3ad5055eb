import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Shared by the end-to-end tests that run real programs (the ESLint CLI,
// npm) against copies of the example app.

export const ROOT = path.join(import.meta.dirname, '..', '..');
export const EXAMPLE_DIR = path.join(ROOT, 'examples');

/**
 * ESLint 10's own CLI. `node_modules/.bin/eslint` may point at the
 * `eslint9` alias, so the file is named directly.
 */
export const ESLINT_CLI = path.join(
  ROOT,
  'node_modules',
  'eslint',
  'bin',
  'eslint.js',
);

export const DOCS_BASE =
  'https://github.com/eslint-plugin-userauth/eslint-plugin-userauth/blob/main/docs/rules';

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a program to its end and returns what it printed. */
export function run(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; timeout?: number },
): Run {
  const result = spawnSync(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    encoding: 'utf8',
    timeout: options.timeout ?? 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });

  if (result.error !== undefined) {
    throw result.error;
  }

  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
  };
}

/** Runs ESLint 10's CLI with `args` in `cwd`. */
export function eslintCli(args: string[], cwd: string): Run {
  return run(process.execPath, [ESLINT_CLI, ...args], { cwd });
}

/** A new empty folder under the system's temporary folder. */
export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `userauth-${prefix}-`));
}

/**
 * Copies the example app (without its config) and the stand-in SDK into
 * `target` as `examples/` and `sdk/`, the layout examples/tsconfig.json
 * expects. Returns the copied app's folder.
 */
export function copyExampleApp(
  target: string,
  { withConfig }: { withConfig: boolean },
): string {
  const app = path.join(target, 'examples');

  fs.cpSync(EXAMPLE_DIR, app, {
    recursive: true,
    filter: source =>
      withConfig || path.basename(source) !== 'eslint.config.js',
  });
  fs.cpSync(path.join(ROOT, 'sdk'), path.join(target, 'sdk'), {
    recursive: true,
  });

  return app;
}

/** Replaces `find`, which must occur exactly once in `file`. */
export function replaceOnce(file: string, find: string, replace: string): void {
  const text = fs.readFileSync(file, 'utf8');
  const parts = text.split(find);

  if (parts.length !== 2) {
    throw new Error(
      `Expected one occurrence in ${file}, found ${parts.length - 1}: ${find}`,
    );
  }

  fs.writeFileSync(file, parts.join(replace));
}

/** The fenced code block that follows `<!-- marker -->` in a Markdown file. */
export function codeBlockAfter(markdownFile: string, marker: string): string {
  const text = fs.readFileSync(markdownFile, 'utf8');
  const at = text.indexOf(`<!-- ${marker} -->`);

  if (at === -1) {
    throw new Error(`No <!-- ${marker} --> in ${markdownFile}.`);
  }

  const block = /```[a-z]*\n([\s\S]*?)\n```/.exec(text.slice(at));

  if (block?.[1] === undefined) {
    throw new Error(`No code block after <!-- ${marker} -->.`);
  }

  return `${block[1]}\n`;
}

/** Whether the slow tests that reach the npm registry should run. */
export const REGISTRY_TESTS =
  process.env.CI === 'true' || process.env.USERAUTH_PACKAGE_TEST === '1';
