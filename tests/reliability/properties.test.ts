// Property-based tests: handlers and `catch` blocks written from random
// choices (import form, alias, subject form, test form, control flow),
// many to a file, linted with every rule on. Each handler's verdict must
// equal what it was built to do. A fixed seed by default; another one
// with PROPERTY_SEED=<n>, and more runs with PROPERTY_RUNS=<n>.
import type { Linter } from 'eslint';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { GeneratedFile, Truth } from './generate-handlers.js';

import { generateFile, handlerSpec } from './generate-handlers.js';
import { lintText } from './harness.js';

const SEED = Number(process.env.PROPERTY_SEED ?? 42);
const RUNS = Number(process.env.PROPERTY_RUNS ?? 45);

/** Up to this many handlers go into one file, linted in one call. */
const HANDLERS_PER_FILE = 100;

interface Verdict {
  readonly reports: { rule: string; missing: number[] }[];
  readonly literals: number[];
}

/** What the rules said about each handler, found by the lines it spans. */
export function verdictsOf(
  file: GeneratedFile,
  messages: readonly Linter.LintMessage[],
): { unexpected: string[]; verdicts: Verdict[] } {
  const verdicts = file.ranges.map((): Verdict => ({
    reports: [],
    literals: [],
  }));
  const unexpected: string[] = [];

  for (const message of messages) {
    const index = file.ranges.findIndex(
      ([first, last]) => first <= message.line && message.line <= last,
    );
    const verdict = verdicts[index];
    const rule = message.ruleId?.replace(/^userauth\//u, '') ?? '';

    if (message.fatal === true || verdict === undefined) {
      unexpected.push(`${message.line}: ${rule} ${message.message}`);
    } else if (rule === 'no-magic-codes') {
      verdict.literals.push(
        Number(/magic number (-?\d+)/u.exec(message.message)?.[1]),
      );
    } else if (
      rule === 'handle-result-codes' ||
      rule === 'handle-thrown-codes'
    ) {
      verdict.reports.push({ rule, missing: codesIn(message.message) });
    } else {
      unexpected.push(`${message.line}: ${rule} ${message.message}`);
    }
  }

  return { unexpected, verdicts };
}

/** The code values a missing-codes message names, sorted. */
function codesIn(message: string): number[] {
  return [...message.matchAll(/\((\d{3,})[:,]/gu)]
    .map(match => Number(match[1]))
    .sort((a, b) => a - b);
}

export function expectedVerdict(truth: Truth): Verdict {
  return {
    reports:
      truth.missing.length === 0
        ? []
        : [
            {
              rule: truth.rule,
              missing: [...truth.missing].sort((a, b) => a - b),
            },
          ],
    literals: [...truth.literals],
  };
}

function sorted(verdict: Verdict): Verdict {
  return {
    reports: verdict.reports,
    literals: [...verdict.literals].sort((a, b) => a - b),
  };
}

describe('generated handlers', () => {
  it('get the verdict they were built for, with no crash', () => {
    let cases = 0;

    fc.assert(
      fc.property(
        fc.array(handlerSpec, {
          minLength: 20,
          maxLength: HANDLERS_PER_FILE,
          size: 'max',
        }),
        specs => {
          const file = generateFile(specs);
          const { unexpected, verdicts } = verdictsOf(
            file,
            lintText(file.text),
          );

          cases += specs.length;
          expect(unexpected).toEqual([]);
          expect(verdicts.map(sorted)).toEqual(
            file.truths.map(truth => sorted(expectedVerdict(truth))),
          );
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );

    if (process.env.RELIABILITY_REPORT !== undefined) {
      process.stdout.write(`property cases: ${cases} in ${RUNS} files\n`);
    }
    expect(cases).toBeGreaterThan(RUNS);
  });
});
