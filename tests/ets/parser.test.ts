// The parser's behaviour at its edges: parse errors, SDK discovery, and
// code whose kit types are missing.
import type { TSESTree } from '@typescript-eslint/utils';
import type { Linter } from 'eslint';

import { Linter as Linter10 } from 'eslint';
import { Linter as Linter9 } from 'eslint9';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import plugin from '../../src/index.js';
import { rules } from '../../src/rules/index.js';
import { FIXTURES_DIR } from '../rule-tester.js';
import { CORPUS_DIR, ETS_DIR, etsParser } from './ets-parser.js';

const FILE = path.join(ETS_DIR, 'snippets', 'Edge.ets');
const SDK_WITHOUT_KIT = path.join(FIXTURES_DIR, 'ets-sdk-without-kit');

function allRules(): Linter.RulesRecord {
  return Object.fromEntries(
    Object.keys(rules).map(name => [`userauth/${name}`, 'error']),
  );
}

function lint(
  code: string,
  parserOptions: Linter.ParserOptions = {},
  linter: { verify: Linter10['verify'] } = new Linter10(),
): Linter.LintMessage[] {
  return linter.verify(
    code,
    [
      {
        files: ['**/*.ets'],
        languageOptions: { parser: etsParser, parserOptions },
        plugins: { userauth: plugin as never },
        rules: allRules(),
      },
    ],
    FILE,
  );
}

describe('parse errors', () => {
  it('are ESLint parse errors at their line and column', () => {
    const messages = lint(
      '@Component\nstruct Broken {\n  build() {\n    Column() {\n      Text(\n    }\n  }\n}\n',
    );

    expect(messages).toEqual([
      expect.objectContaining({
        fatal: true,
        ruleId: null,
        line: 6,
        column: 5,
        message: expect.stringMatching(/^Parsing error: /u) as unknown,
      }),
    ]);
  });

  it('come from ESLint 9 the same way', () => {
    const messages = lint('struct {', {}, new Linter9() as unknown as Linter10);

    expect(messages).toEqual([
      expect.objectContaining({ fatal: true, line: 1 }),
    ]);
  });
});

describe('an installed SDK without the kit', () => {
  const code = `
import { userAuth } from '@kit.UserAuthenticationKit';

@Entry
@Component
struct Page {
  check(result: userAuth.UserAuthResult): boolean {
    userAuth.getEnrolledState(userAuth.UserAuthType.FACE);
    return result.result === 12500000;
  }

  build() {
    Column() {
    }
    .width('100%')
  }
}
`;

  it('is found from parserOptions.ets.sdkPath and parses', () => {
    const { services } = etsParser.parseForESLint(code, {
      filePath: FILE,
      ets: { sdkPath: SDK_WITHOUT_KIT },
    });
    const root = services.program.getRootFileNames();

    expect(root).toContain(
      path.join(SDK_WITHOUT_KIT, 'ets', 'component', 'column.d.ts'),
    );
    expect(services.ts.version).toBe('4.9.5');
  });

  it('leaves the rules silent: unresolved kit types are never guessed', () => {
    expect(lint(code, { ets: { sdkPath: SDK_WITHOUT_KIT } })).toEqual([]);
  });

  it('with the embedded default SDK, the same code is reported', () => {
    expect(lint(code).map(message => message.ruleId)).toEqual(
      expect.arrayContaining([
        'userauth/handle-thrown-codes',
        'userauth/no-magic-codes',
      ]),
    );
  });
});

describe('parser services', () => {
  it('give types inside build() closures', () => {
    const { ast, services } = etsParser.parseForESLint(
      `
import { userAuth } from '@kit.UserAuthenticationKit';
@Entry
@Component
struct Page {
  build() {
    Button('Go').onClick(() => {
      const level = userAuth.AuthTrustLevel.ATL3;
    })
  }
}
`,
      { filePath: FILE },
    );
    const checker = services.program.getTypeChecker();
    const names: string[] = [];
    const visit = (node: unknown): void => {
      if (typeof node !== 'object' || node === null) {
        return;
      }
      const record = node as Record<string, unknown>;

      if (record.type === 'VariableDeclarator') {
        const type = services.getTypeAtLocation(record.id as never);
        names.push(checker.typeToString(type));
      }

      for (const [key, value] of Object.entries(record)) {
        if (key !== 'parent' && key !== 'loc' && key !== 'range') {
          (Array.isArray(value) ? value : [value]).forEach(visit);
        }
      }
    };

    visit(ast.body);
    expect(names).toEqual(['AuthTrustLevel.ATL3']);
  });
});

describe('ArkTS annotations', () => {
  const page = path.join(CORPUS_DIR, 'Annotations.ets');
  const text = fs.readFileSync(page, 'utf8');

  /** The top-level declarations, unwrapped from their exports. */
  function declarations(code: string): Record<string, unknown>[] {
    const { ast } = etsParser.parseForESLint(code, { filePath: FILE });

    return ast.body.map(statement => {
      const record = statement as unknown as Record<string, unknown>;

      return (record.declaration ?? record) as Record<string, unknown>;
    });
  }

  function named(
    list: Record<string, unknown>[],
    name: string,
  ): Record<string, unknown> {
    const found = list.find(
      item => (item.id as { name?: string } | null)?.name === name,
    );

    expect(found, name).toBeDefined();

    return found ?? {};
  }

  function decoratorNames(node: Record<string, unknown>): string[] {
    return (node.decorators as TSESTree.Decorator[]).map(decorator =>
      text.slice(...decorator.range),
    );
  }

  it('lowers `@interface` to a class of typed fields with defaults', () => {
    const list = declarations(text);
    const tracked = named(list, 'Tracked');
    const fields = (tracked.body as TSESTree.ClassBody)
      .body as TSESTree.PropertyDefinition[];

    expect(tracked).toMatchObject({
      type: 'ClassDeclaration',
      arkts: 'annotation',
      decorators: [],
      superClass: null,
    });
    expect(text.slice(...(tracked.range as [number, number]))).toMatch(
      /^@interface Tracked \{[^]*\}$/u,
    );
    expect(
      fields.map(field => [
        field.type,
        text.slice(...field.key.range),
        field.typeAnnotation?.typeAnnotation.type,
        field.value?.type,
      ]),
    ).toEqual([
      ['PropertyDefinition', 'name', 'TSStringKeyword', 'Literal'],
      ['PropertyDefinition', 'weight', 'TSNumberKeyword', 'Literal'],
      ['PropertyDefinition', 'tags', 'TSArrayType', 'ArrayExpression'],
      ['PropertyDefinition', 'enabled', 'TSBooleanKeyword', 'Literal'],
      ['PropertyDefinition', 'level', 'TSTypeReference', 'MemberExpression'],
    ]);
    expect(named(list, 'Audited')).toMatchObject({
      arkts: 'annotation',
      body: { body: [{ key: { name: 'reason' }, value: null }] },
    });
    expect(named(list, 'Marker')).toMatchObject({
      arkts: 'annotation',
      body: { body: [] },
    });
  });

  it('keeps the uses as decorators', () => {
    const list = declarations(text);
    const session = named(list, 'Session');
    const refresh = (session.body as TSESTree.ClassBody)
      .body[0] as unknown as Record<string, unknown>;

    expect(decoratorNames(refresh)).toEqual([
      "@Audited({ reason: 'token refresh' })",
    ]);
    expect(decoratorNames(named(list, 'AnnotatedPage'))).toEqual([
      "@Tracked({ name: 'login', weight: 2, tags: [] })",
      '@Entry',
      '@Component',
    ]);
    expect(named(list, 'AnnotatedPage').arkts).toBe('struct');
    expect(decoratorNames(named(list, 'badge'))).toEqual([
      '@Marker',
      '@Builder',
    ]);
  });

  it('declares the annotation names: uses resolve, unused ones are reported', () => {
    const messages = new Linter10().verify(
      `@interface Used {}
@interface Unused { level: number = 1; }
@interface OnClass {}
@Used
function helper(): void {}
helper();
export class Holder {
  @OnClass
  run(): void {}
}
`,
      [
        {
          files: ['**/*.ets'],
          languageOptions: { parser: etsParser },
          rules: { 'no-unused-vars': 'error' },
        },
      ],
      FILE,
    );

    expect(messages).toEqual([
      expect.objectContaining({
        ruleId: 'no-unused-vars',
        line: 2,
        message: "'Unused' is defined but never used.",
      }),
    ]);
  });

  it('leaves the rules running on the page', () => {
    const line = text
      .split('\n')
      .findIndex(source => source.includes('=== 12500000'));

    expect(
      lint(text).filter(
        message => message.ruleId === 'userauth/no-magic-codes',
      ),
    ).toEqual([expect.objectContaining({ line: line + 1 })]);
  });

  it('leaves the rules running on an annotated struct method', () => {
    const messages = lint(`
import { userAuth } from '@kit.UserAuthenticationKit';
@interface Tracked { name: string = 'x'; }
@Entry
@Component
struct Page {
  @Tracked({ name: 'check' })
  check(result: userAuth.UserAuthResult): boolean {
    return result.result === 12500000;
  }
  build() {
    Column() {}
  }
}
`);

    expect(messages.filter(message => message.fatal)).toEqual([]);
    expect(messages.map(message => message.ruleId)).toContain(
      'userauth/no-magic-codes',
    );
  });
});
