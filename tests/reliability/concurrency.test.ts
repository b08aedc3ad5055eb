// ESLint's multithreaded mode lints the example app to the same findings,
// messages, fixes and suggestions as a serial run.
import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const EXAMPLE_DIR = path.join(import.meta.dirname, '..', '..', 'examples');

function comparable(results: ESLint.LintResult[]): unknown[] {
  return results
    .map(result => ({
      file: path.relative(EXAMPLE_DIR, result.filePath),
      messages: result.messages,
      output: result.output,
    }))
    .sort((a, b) => a.file.localeCompare(b.file));
}

describe('multithreaded linting', () => {
  it('gives the same results as a serial run', async () => {
    const serial = await new ESLint({ cwd: EXAMPLE_DIR }).lintFiles(['src']);
    const threaded = await new ESLint({
      cwd: EXAMPLE_DIR,
      concurrency: 2,
    }).lintFiles(['src']);

    expect(serial.some(result => result.messages.length > 0)).toBe(true);
    expect(comparable(threaded)).toEqual(comparable(serial));
  });

  it('fixes the same way as a serial run', async () => {
    const serial = await new ESLint({ cwd: EXAMPLE_DIR, fix: true }).lintFiles([
      'src',
    ]);
    const threaded = await new ESLint({
      cwd: EXAMPLE_DIR,
      fix: true,
      concurrency: 2,
    }).lintFiles(['src']);

    expect(serial.some(result => result.output !== undefined)).toBe(true);
    expect(comparable(threaded)).toEqual(comparable(serial));
  });
});
