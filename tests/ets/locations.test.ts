// Location round trip over the corpus: every node and token of every page
// sits where its text is.
import type { TSESTree } from '@typescript-eslint/utils';

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { CORPUS_DIR, etsParser } from './ets-parser.js';

const PAGES = fs.readdirSync(CORPUS_DIR).filter(name => name.endsWith('.ets'));

interface Located {
  readonly type: string;
  readonly range: [number, number];
  readonly loc: TSESTree.SourceLocation;
  readonly arkts?: string;
  readonly name?: unknown;
  readonly value?: unknown;
}

/** Line and column (ESTree style: line from 1, column from 0) of offsets. */
function positionsOf(text: string): (offset: number) => TSESTree.Position {
  const starts = [0];

  for (let index = 0; index < text.length; index += 1) {
    if (text[index] === '\n') {
      starts.push(index + 1);
    }
  }

  return offset => {
    let line = starts.length - 1;

    while ((starts[line] ?? 0) > offset) {
      line -= 1;
    }

    return { line: line + 1, column: offset - (starts[line] ?? 0) };
  };
}

function children(
  node: Located,
  keys: Readonly<Record<string, readonly string[]>>,
): Located[] {
  const record = node as unknown as Record<string, unknown>;

  return (keys[node.type] ?? []).flatMap(key => {
    const value = record[key];
    const list: unknown[] = Array.isArray(value) ? value : [value];

    return list.filter(
      (child): child is Located =>
        typeof child === 'object' &&
        child !== null &&
        typeof (child as { type?: unknown }).type === 'string',
    );
  });
}

describe.each(PAGES)('%s', page => {
  const file = path.join(CORPUS_DIR, page);
  const text = fs.readFileSync(file, 'utf8');
  const { ast, visitorKeys } = etsParser.parseForESLint(text, {
    filePath: file,
  });
  const positionOf = positionsOf(text);
  const problems: string[] = [];
  const nodes: Located[] = [];

  const check = (item: Located, what: string): void => {
    const [start, end] = item.range;

    if (!(start <= end)) {
      problems.push(`${what}: range ${start}-${end} is reversed`);
    }

    expect.soft(item.loc.start, `${what} start`).toEqual(positionOf(start));
    expect.soft(item.loc.end, `${what} end`).toEqual(positionOf(end));
  };

  const walk = (node: Located, parent: Located | undefined): void => {
    const what = `${node.type} at ${node.loc.start.line}:${node.loc.start.column}`;

    nodes.push(node);
    check(node, what);

    if (node.range[0] === node.range[1] && node.arkts !== 'implicitReceiver') {
      problems.push(`${what} is empty`);
    }

    if (
      node.type === 'Identifier' &&
      node.arkts === undefined &&
      !text.slice(node.range[0]).startsWith(String(node.name))
    ) {
      problems.push(`${what}: text is not ${String(node.name)}`);
    }

    // A decorator before `export` lies outside the exported declaration,
    // as with typescript-eslint's parser for classes; ArkTS functions
    // (`@Builder export function`) follow the same rule.
    const exempt =
      node.type === 'Decorator' &&
      (parent?.type === 'ClassDeclaration' ||
        parent?.type === 'FunctionDeclaration');

    if (
      parent !== undefined &&
      !exempt &&
      (node.range[0] < parent.range[0] || node.range[1] > parent.range[1])
    ) {
      problems.push(`${what} lies outside its ${parent.type}`);
    }

    for (const child of children(node, visitorKeys)) {
      walk(child, node);
    }
  };

  it('places every node on its text, children inside parents', () => {
    walk(ast, undefined);
    expect(problems).toEqual([]);
    expect(nodes.length).toBeGreaterThan(100);
  });

  it('gives every token and comment its own text, in order', () => {
    let previousEnd = 0;

    for (const token of [...(ast.tokens ?? []), ...(ast.comments ?? [])].sort(
      (a, b) => a.range[0] - b.range[0],
    )) {
      const what = `${token.type} ${JSON.stringify(token.value)}`;

      check(token, what);
      expect
        .soft(token.range[0], `${what} overlaps`)
        .toBeGreaterThanOrEqual(previousEnd);
      expect
        .soft(token.range[1], `${what} is empty`)
        .toBeGreaterThan(token.range[0]);

      const slice = text.slice(token.range[0], token.range[1]);
      const type: string = token.type;

      if (type === 'Block') {
        expect.soft(slice, what).toBe(`/*${token.value}*/`);
      } else if (type === 'Line') {
        expect.soft(slice, what).toBe(`//${token.value}`);
      } else {
        expect.soft(slice, what).toBe(token.value);
      }

      previousEnd = token.range[1];
    }
  });

  it('starts each annotation declaration at its `@interface`', () => {
    for (const node of nodes.filter(item => item.arkts === 'annotation')) {
      expect(text.slice(node.range[0]), node.type).toMatch(/^@interface\b/u);
    }
  });

  it('marks the ArkTS constructs', () => {
    const marks = new Set(nodes.map(node => node.arkts));

    expect(marks).toContain('struct');
    expect(marks).toContain('component');
  });
});
