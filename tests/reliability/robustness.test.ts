// The robustness run on a bounded, evenly spread subset of the corpus
// (rxjs and zod sources): `npm run robustness` lints all of it.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SCRIPT = path.join(
  import.meta.dirname,
  '..',
  '..',
  'scripts',
  'robustness.js',
);

interface Summary {
  files: number;
  lines: number;
  crashes: unknown[];
  reports: unknown[];
  byPackage: Record<string, { files: number; lines: number }>;
}

describe('the robustness run', () => {
  it('lints 40 files of rxjs and zod with every rule: no crash, no report', () => {
    // The script exits 1 on a crash or a report; the summary says which.
    let output: string;

    try {
      output = execFileSync(
        process.execPath,
        [SCRIPT, '--limit', '40', '--json'],
        {
          encoding: 'utf8',
        },
      );
    } catch (error) {
      output = String((error as { stdout?: unknown }).stdout);
    }

    const summary = JSON.parse(
      output.trim().split('\n').at(-1) ?? '',
    ) as Summary;

    expect(summary.crashes).toEqual([]);
    expect(summary.reports).toEqual([]);
    expect(summary.files).toBe(40);
    expect(Object.keys(summary.byPackage).sort()).toEqual(['rxjs', 'zod']);
    expect(summary.lines).toBeGreaterThan(1000);
  });
});
