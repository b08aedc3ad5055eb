import type { ParserServices } from '@typescript-eslint/utils';
import type { Linter } from 'eslint';
import type * as ts from 'typescript';

import parser from '@typescript-eslint/parser';
import { Linter as ESLintLinter } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import plugin from '../../src/index.js';
import { FIXTURES_DIR } from '../rule-tester.js';

// The plugin promises that a file which cannot see the userAuth kit costs
// no type information at all: every rule decides from the syntax tree and
// the import graph before it asks the checker anything. This test counts
// what reaches the checker while all rules lint such a file.

type CallCounter = { calls: number };

/** Counts every call of every method of a checker. */
function countedChecker(
  checker: ts.TypeChecker,
  counter: CallCounter,
): ts.TypeChecker {
  return new Proxy(checker, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key);

      if (typeof value !== 'function') {
        return value;
      }

      return (...args: unknown[]) => {
        counter.calls += 1;
        return Reflect.apply(value, target, args) as unknown;
      };
    },
  });
}

/** A program whose `getTypeChecker()` counts, and hands out a counted one. */
function countedProgram(program: ts.Program, counter: CallCounter): ts.Program {
  return new Proxy(program, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key);

      if (key === 'getTypeChecker') {
        return () => {
          counter.calls += 1;
          return countedChecker(target.getTypeChecker(), counter);
        };
      }

      return typeof value === 'function'
        ? (...args: unknown[]) => Reflect.apply(value, target, args) as unknown
        : value;
    },
  });
}

/**
 * typescript-eslint's parser, with the parser services rules receive
 * wrapped so that each way to the checker is counted: the program's
 * checker and the services' own type and symbol lookups.
 */
function countingParser(counter: CallCounter): Linter.Parser {
  return {
    meta: { name: 'counting-parser' },
    parseForESLint(code: string, options: parser.ParserOptions) {
      const parsed = parser.parseForESLint(code, options);
      const services: ParserServices = parsed.services;

      if (services.program === null) {
        return parsed;
      }

      return {
        ...parsed,
        services: {
          ...services,
          program: countedProgram(services.program, counter),
          getSymbolAtLocation: node => {
            counter.calls += 1;
            return services.getSymbolAtLocation(node);
          },
          getTypeAtLocation: node => {
            counter.calls += 1;
            return services.getTypeAtLocation(node);
          },
        } satisfies ParserServices,
      };
    },
  } as Linter.Parser;
}

const CONFIGS = ['all', 'strict'] as const;

/** Lints a snippet as `tests/fixtures/file.ts` and counts checker calls. */
function checkerCallsFor(
  code: string,
  configName: (typeof CONFIGS)[number],
): { calls: number; messages: Linter.LintMessage[] } {
  const counter: CallCounter = { calls: 0 };
  const config = plugin.configs[configName];
  const messages = new ESLintLinter().verify(
    code,
    [
      {
        files: ['**/*.ts'],
        languageOptions: {
          parser: countingParser(counter),
          parserOptions: {
            projectService: true,
            tsconfigRootDir: FIXTURES_DIR,
          },
        },
      },
      ...(config as Linter.Config[]),
    ],
    path.join(FIXTURES_DIR, 'file.ts'),
  );
  const fatal = messages.find(message => message.fatal === true);

  if (fatal !== undefined) {
    throw new Error(`The snippet did not parse: ${fatal.message}`);
  }

  return { calls: counter.calls, messages };
}

// Everything that makes a rule look twice: numbers that are result codes
// elsewhere (12500009, 12500010, 401, 0), switches and comparisons on
// them, catch clauses that test `code`, callbacks named `onResult`,
// functions with parameters, and local functions and methods that share
// the kit's names (`getAuthInstance`, `getAvailableStatus`, `start`, `on`,
// `UserAuth`).
const APP_CODE = `
export const LOCKED = 12500009;
export const TIMEOUT_MS = 12500;
const RETRYABLE = [408, 429, 12500010];

export type Status = 0 | 200 | 401 | 12500009;

export class UserAuth {
  on(event: string, listener: { onResult(code: number): void }): void {
    listener.onResult(event === 'result' ? 0 : 401);
  }
  start(): void {}
}

export function getAuthInstance(code: number): UserAuth {
  return new UserAuth();
}

export function getAvailableStatus(kind: number, level: number): void {
  if (kind === 12500010 || level > 401) {
    throw Object.assign(new Error('unavailable'), { code: 12500010 });
  }
}

export function describe(status: Status): string {
  switch (status) {
    case 0:
      return 'ok';
    case 401:
      return 'sign in';
    case 12500009:
      return 'locked';
    default:
      return 'other';
  }
}

export function check(): string {
  try {
    getAvailableStatus(1, 10000);
    const instance = getAuthInstance(12500000);
    instance.on('result', {
      onResult(result: number) {
        if (result === 12500000 || RETRYABLE.includes(result)) {
          return;
        }
      },
    });
    instance.start();
    return 'ok';
  } catch (err) {
    const code = (err as { code: number }).code;
    if (code === 12500010 || code === LOCKED) {
      return 'not enrolled';
    }
    return new Set([401, 12500013]).has(code) ? 'retry' : 'failed';
  }
}

export const later = (value: number): Promise<number> =>
  Promise.resolve(value === 12500009 ? 0 : value).catch(() => 401);
`;

describe('type-checker calls', () => {
  describe.each(CONFIGS)('with configs.%s', configName => {
    it('makes none in a file without imports', () => {
      expect(checkerCallsFor(APP_CODE, configName)).toEqual({
        calls: 0,
        messages: [],
      });
    });

    it('makes none in a file whose imports never reach the kit', () => {
      const code = `
import { BusinessError } from '@ohos.base';
import { HTTP_UNAUTHORIZED, isUnauthorized } from './local/unrelated';
${APP_CODE}
export function guarded(statusCode: number): number {
  try {
    return isUnauthorized(statusCode) ? HTTP_UNAUTHORIZED : 0;
  } catch (err) {
    return (err as BusinessError).code === 12500009 ? 12500009 : 401;
  }
}
`;

      expect(checkerCallsFor(code, configName)).toEqual({
        calls: 0,
        messages: [],
      });
    });

    // The counter's own check: the same kind of code in files that can
    // reach the kit does reach the checker.
    it('counts calls in a file that imports the kit', () => {
      const code = `
import { userAuth } from '@kit.UserAuthenticationKit';
export const Codes = userAuth.UserAuthResultCode;
${APP_CODE}
`;

      expect(checkerCallsFor(code, configName).calls).toBeGreaterThan(0);
    });

    it('counts calls in a file that reaches the kit through a module', () => {
      const code = `
import { explainResult } from './local/explain';
export { explainResult };
${APP_CODE}
`;

      expect(checkerCallsFor(code, configName).calls).toBeGreaterThan(0);
    });
  });
});
