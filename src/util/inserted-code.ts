import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

/** The indentation of the line a node starts on, for code added near it. */
export function indentOf(
  sourceCode: Readonly<TSESLint.SourceCode>,
  node: TSESTree.Node,
): string {
  const line = sourceCode.lines[node.loc.start.line - 1] ?? '';

  return /^\s*/u.exec(line)?.[0] ?? '';
}

/** A comment line for added code, from a catalogue advice phrase. */
export function adviceComment(advice: string): string {
  return `// ${advice.charAt(0).toUpperCase()}${advice.slice(1)}.`;
}
