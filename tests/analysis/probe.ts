import type { TSESTree } from '@typescript-eslint/utils';

import parser from '@typescript-eslint/parser';
import { AST_NODE_TYPES, ESLintUtils } from '@typescript-eslint/utils';
import type { Rule } from 'eslint';

import { Linter } from 'eslint';
import path from 'node:path';

import type { KitContext } from '../../src/analysis/kit-context.js';

import { createKitContext } from '../../src/analysis/kit-context.js';
import { FIXTURES_DIR } from '../rule-tester.js';

/** What a probe computes for the argument of a `probe(…)` call. */
export type Probe = (kit: KitContext, argument: TSESTree.Node) => unknown;

const createProbeRule = ESLintUtils.RuleCreator.withoutDocs;

/**
 * Lints a snippet as `tests/fixtures/file.ts` with a rule that runs the
 * probe on the argument of every `probe(…)` call, in source order, and
 * returns what it gave. `reachesKit` is also recorded once per file.
 */
export function runProbe(
  code: string,
  probe: Probe,
  settings: Record<string, unknown> = {},
): { reachesKit: boolean; results: unknown[] } {
  const results: unknown[] = [];
  let reachesKit = false;

  const rule = createProbeRule({
    meta: { type: 'problem', messages: {}, schema: [] },
    create(context) {
      const kit = createKitContext(context);

      return {
        'Program:exit'() {
          reachesKit = kit.reachesKit();
        },
        CallExpression(node) {
          const argument = node.arguments[0];

          if (
            node.callee.type === AST_NODE_TYPES.Identifier &&
            node.callee.name === 'probe' &&
            argument !== undefined
          ) {
            results.push(probe(kit, argument));
          }
        },
      };
    },
  });

  const messages = new Linter().verify(
    code,
    [
      {
        files: ['**/*.ts'],
        languageOptions: {
          parser,
          parserOptions: {
            projectService: true,
            tsconfigRootDir: FIXTURES_DIR,
          },
        },
        // typescript-eslint's rule type and ESLint's differ only in readonly.
        plugins: {
          probe: { rules: { probe: rule as unknown as Rule.RuleModule } },
        },
        rules: { 'probe/probe': 'error' },
        settings,
      },
    ],
    path.join(FIXTURES_DIR, 'file.ts'),
  );
  const fatal = messages.find(message => message.fatal === true);

  if (fatal !== undefined) {
    throw new Error(`The probe snippet did not parse: ${fatal.message}`);
  }

  return { reachesKit, results };
}
