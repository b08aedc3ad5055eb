// The parser's behaviour at its edges: parse errors, SDK discovery, and
// code whose kit types are missing.
import type { Linter } from 'eslint';

import { Linter as Linter10 } from 'eslint';
import { Linter as Linter9 } from 'eslint9';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import plugin from '../../src/index.js';
import { rules } from '../../src/rules/index.js';
import { FIXTURES_DIR } from '../rule-tester.js';
import { ETS_DIR, etsParser } from './ets-parser.js';

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
