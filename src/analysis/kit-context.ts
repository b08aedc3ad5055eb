import type {
  ParserServicesWithTypeInformation,
  TSESLint,
  TSESTree,
} from '@typescript-eslint/utils';
import type * as ts from 'typescript';

import { ESLintUtils } from '@typescript-eslint/utils';

import { resolveApiLevel } from '../util/api-level.js';
import { fileReachesKit } from './reach.js';

/**
 * What the shared analysis needs of one rule run on one file. Everything
 * costly is computed on first use and kept only for this file.
 */
export interface KitContext {
  /** The API level the file is checked against. */
  readonly apiLevel: () => number;
  readonly checker: ts.TypeChecker;
  /** Whether the file can see the kit at all; see `fileReachesKit`. */
  readonly reachesKit: () => boolean;
  /**
   * An answer about a node, computed by the first rule that asks and kept
   * for the other rules linting the same file. `question` names what is
   * asked, so that one node can carry answers to several questions.
   */
  readonly remember: <T>(question: string, node: object, compute: () => T) => T;
  readonly services: ParserServicesWithTypeInformation;
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
}

/**
 * Starts the analysis of a file. Throws typescript-eslint's usual error
 * when the file was parsed without type information.
 */
export function createKitContext(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
): KitContext {
  const services = ESLintUtils.getParserServices(context);
  const { sourceCode } = context;

  const checker = once(() => services.program.getTypeChecker());

  const shared = sharedAnswersFor(sourceCode.ast);

  return {
    apiLevel: () => (shared.apiLevel ??= resolveApiLevel(context)),
    // A getter, so that files the rules skip never create the checker.
    get checker() {
      return checker();
    },
    reachesKit: () =>
      (shared.reachesKit ??= fileReachesKit(
        services.program,
        sourceCode.ast,
        context.filename,
      )),
    remember: (question, node, compute) =>
      rememberedAnswer(shared, question, node, compute),
    services,
    sourceCode,
  };
}

/** Answers every rule needs about a file, worked out once for all of them. */
interface SharedAnswers {
  apiLevel?: number;
  /** Answers about nodes, by question; see `KitContext.remember`. */
  readonly byNode: Map<string, WeakMap<object, unknown>>;
  reachesKit?: boolean;
}

/**
 * The shared answers, by the file's syntax tree: each lint of a file has a
 * tree of its own, so nothing outlives the file or leaks into another one.
 */
const answersByFile = new WeakMap<TSESTree.Program, SharedAnswers>();

function sharedAnswersFor(ast: TSESTree.Program): SharedAnswers {
  let answers = answersByFile.get(ast);

  if (answers === undefined) {
    answers = { byNode: new Map() };
    answersByFile.set(ast, answers);
  }

  return answers;
}

function rememberedAnswer<T>(
  shared: SharedAnswers,
  question: string,
  node: object,
  compute: () => T,
): T {
  let answers = shared.byNode.get(question);

  if (answers === undefined) {
    answers = new WeakMap();
    shared.byNode.set(question, answers);
  }

  if (answers.has(node)) {
    return answers.get(node) as T;
  }

  const answer = compute();

  answers.set(node, answer);

  return answer;
}

/** The typescript-estree node behind an ESTree node, as TypeScript sees it. */
export function tsNodeOf(kit: KitContext, node: TSESTree.Node): ts.Node {
  return kit.services.esTreeNodeToTSNodeMap.get(node);
}

function once<T>(compute: () => T): () => T {
  let computed = false;
  let value: T;

  return () => {
    if (!computed) {
      value = compute();
      computed = true;
    }

    return value;
  };
}
