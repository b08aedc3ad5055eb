// Writes userAuth result handlers and `catch` blocks from random choices,
// and knows by construction which codes each one tests and which numbers
// it writes as literals. The property tests lint what this writes and
// compare every rule's verdict with that truth.
import fc from 'fast-check';

/** Result codes a handler may test: every one reaches `onResult`. */
export const RESULT_CODES = {
  SUCCESS: 12500000,
  FAIL: 12500001,
  CANCELED: 12500003,
  TIMEOUT: 12500004,
  BUSY: 12500007,
  LOCKED: 12500009,
  NOT_ENROLLED: 12500010,
  PIN_EXPIRED: 12500013,
} as const;

/** What `handle-result-codes` requires by default on the result channel. */
export const REQUIRED_RESULT_CODES = [12500004, 12500009, 12500013];

/** Codes `getAvailableStatus` can throw, by constant name. */
export const THROWN_CODES = {
  GENERAL_ERROR: 12500002,
  TYPE_NOT_SUPPORT: 12500005,
  TRUST_LEVEL_NOT_SUPPORT: 12500006,
  NOT_ENROLLED: 12500010,
  PIN_EXPIRED: 12500013,
} as const;

/** What `handle-thrown-codes` requires of a `catch` around that call. */
export const REQUIRED_THROWN_CODES = [12500010, 12500013];

/**
 * The local names the kit is imported under, one per import form: the
 * kit's named export, the same under an alias, the module's default
 * export, and a re-export from a module of the app.
 */
export const NAMESPACES = ['userAuth', 'kitAlias', 'ohosDefault', 'localKit'];

/** The imports every generated file starts with, one per import form. */
export const PRELUDE = [
  "import { userAuth } from '@kit.UserAuthenticationKit';",
  "import { userAuth as kitAlias } from '@kit.UserAuthenticationKit';",
  "import ohosDefault from '@ohos.userIAM.userAuth';",
  "import { userAuth as localKit } from './local/kit';",
  "import { BusinessError } from '@kit.BasicServicesKit';",
  'declare const instance: userAuth.UserAuthInstance;',
  '',
].join('\n');

export type TestForm =
  'helper' | 'if' | 'includes' | 'map' | 'record' | 'set' | 'switch';

export type Flow = 'early' | 'nested' | 'plain';

export type Operator = '!=' | '!==' | '==' | '===';

/** One code a handler tests, and how the test is written. */
export interface CodeTest {
  readonly name: string;
  readonly value: number;
  /** Written as a number rather than a constant (switch and `if` only). */
  readonly literal: boolean;
  readonly operator: Operator;
  readonly subjectFirst: boolean;
  /** In a `switch`, whether this `case` starts a new group. */
  readonly newGroup: boolean;
}

interface CommonSpec {
  readonly namespace: number;
  /** Names the enum through `const CodesN = ns.UserAuthResultCode`. */
  readonly alias: boolean;
  readonly test: TestForm;
  readonly flow: Flow;
  /** A `default` or final `else`; never counts as handling a code. */
  readonly catchAll: boolean;
  /** A `Set` built inline or kept in a module-level `const`. */
  readonly inline: boolean;
  readonly codes: readonly CodeTest[];
}

export interface ResultHandlerSpec extends CommonSpec {
  readonly kind: 'result';
  readonly registration: 'callback' | 'function';
  readonly subject: 'cast' | 'const' | 'destructured' | 'member' | 'optional';
}

export interface CatchSpec extends CommonSpec {
  readonly kind: 'catch';
  readonly subject: 'cast' | 'castConst' | 'codeConst' | 'destructured';
}

export type HandlerSpec = CatchSpec | ResultHandlerSpec;

/** What the rules must say about one generated handler. */
export interface Truth {
  /** The rule that must report the missing codes, if any are missing. */
  readonly rule: 'handle-result-codes' | 'handle-thrown-codes';
  readonly missing: readonly number[];
  /** The numbers written as literals where the code is compared. */
  readonly literals: readonly number[];
}

export interface GeneratedFile {
  readonly text: string;
  /** The lines (1-based, inclusive) each handler spans, in order. */
  readonly ranges: readonly (readonly [number, number])[];
  readonly truths: readonly Truth[];
}

const TEST_FORMS: readonly TestForm[] = [
  'helper',
  'if',
  'includes',
  'map',
  'record',
  'set',
  'switch',
];

function codeTests(
  pool: Readonly<Record<string, number>>,
): fc.Arbitrary<CodeTest[]> {
  const entries = Object.entries(pool);

  return fc.shuffledSubarray(entries).chain(chosen =>
    fc.tuple(
      ...chosen.map(([name, value]) =>
        fc.record({
          name: fc.constant(name),
          value: fc.constant(value),
          literal: fc.boolean(),
          operator: fc.constantFrom<Operator>('===', '==', '!==', '!='),
          subjectFirst: fc.boolean(),
          newGroup: fc.boolean(),
        }),
      ),
    ),
  );
}

const common = {
  namespace: fc.nat({ max: NAMESPACES.length - 1 }),
  alias: fc.boolean(),
  test: fc.constantFrom(...TEST_FORMS),
  flow: fc.constantFrom<Flow>('early', 'nested', 'plain'),
  catchAll: fc.boolean(),
  inline: fc.boolean(),
};

export const resultHandlerSpec: fc.Arbitrary<ResultHandlerSpec> = fc.record({
  kind: fc.constant('result' as const),
  ...common,
  registration: fc.constantFrom('callback' as const, 'function' as const),
  subject: fc.constantFrom(
    'cast' as const,
    'const' as const,
    'destructured' as const,
    'member' as const,
    'optional' as const,
  ),
  codes: codeTests(RESULT_CODES),
});

export const catchSpec: fc.Arbitrary<CatchSpec> = fc.record({
  kind: fc.constant('catch' as const),
  ...common,
  subject: fc.constantFrom(
    'cast' as const,
    'castConst' as const,
    'codeConst' as const,
    'destructured' as const,
  ),
  codes: codeTests(THROWN_CODES),
});

export const handlerSpec: fc.Arbitrary<HandlerSpec> = fc.oneof(
  resultHandlerSpec,
  catchSpec,
);

/** What the rules must find in a handler, from its spec alone. */
export function truthOf(spec: HandlerSpec): Truth {
  const tested = new Set(spec.codes.map(code => code.value));
  const required =
    spec.kind === 'result' ? REQUIRED_RESULT_CODES : REQUIRED_THROWN_CODES;

  return {
    rule:
      spec.kind === 'result' ? 'handle-result-codes' : 'handle-thrown-codes',
    missing: required.filter(value => !tested.has(value)),
    literals: literalsAllowed(spec)
      ? spec.codes.filter(code => code.literal).map(code => code.value)
      : [],
  };
}

/** Literals are only written where the code itself is compared. */
function literalsAllowed(spec: HandlerSpec): boolean {
  return spec.test === 'if' || spec.test === 'switch';
}

/** Writes one file holding every handler, each with its own names. */
export function generateFile(
  specs: readonly HandlerSpec[],
  prelude = PRELUDE,
): GeneratedFile {
  const lines = prelude.split('\n');
  const ranges: [number, number][] = [];

  specs.forEach((spec, index) => {
    const written = writeHandler(spec, index).split('\n');

    ranges.push([lines.length + 1, lines.length + written.length]);
    lines.push(...written);
  });

  return { text: `${lines.join('\n')}\n`, ranges, truths: specs.map(truthOf) };
}

/** How a handler names its code and the constants it compares with. */
interface Names {
  readonly subject: string;
  readonly preamble: readonly string[];
  readonly constant: (code: CodeTest) => string;
  readonly index: number;
}

function writeHandler(spec: HandlerSpec, index: number): string {
  const namespace = NAMESPACES[spec.namespace] ?? 'userAuth';
  const enumPath = `${namespace}.UserAuthResultCode`;
  const top: string[] = [];

  if (spec.alias) {
    top.push(`const Codes${index} = ${enumPath};`);
  }

  const constantOf = (code: CodeTest): string =>
    `${spec.alias ? `Codes${index}` : enumPath}.${code.name}`;
  const literalsOk = literalsAllowed(spec);
  const names = (subject: string, preamble: string[]): Names => ({
    subject,
    preamble,
    index,
    constant: code =>
      literalsOk && code.literal ? String(code.value) : constantOf(code),
  });

  if (spec.kind === 'catch') {
    const [subject, preamble] = catchSubject(spec);
    const body = writeBody(spec, names(subject, preamble), top);

    return [
      ...top,
      `export function check${index}(): void {`,
      '  try {',
      `    ${namespace}.getAvailableStatus(${namespace}.UserAuthType.FACE, ${namespace}.AuthTrustLevel.ATL3);`,
      '  } catch (error) {',
      ...indent(body, 4),
      '  }',
      '}',
    ].join('\n');
  }

  const [parameter, subject, preamble] = resultSubject(spec);
  const body = writeBody(spec, names(subject, preamble), top);

  if (spec.registration === 'callback') {
    const untyped = parameter.replace(/: NS\.UserAuthResult$/u, '');

    return [
      ...top,
      "instance.on('result', {",
      `  onResult(${untyped}) {`,
      ...indent(body, 4),
      '  },',
      '});',
    ].join('\n');
  }

  return [
    ...top,
    `export function handle${index}(${parameter.replace('NS', namespace)}): void {`,
    ...indent(body, 2),
    '}',
  ].join('\n');
}

/** The parameter, the subject expression and the lines that set it up. */
function resultSubject(spec: ResultHandlerSpec): [string, string, string[]] {
  switch (spec.subject) {
    case 'cast':
      return ['result: NS.UserAuthResult', '(result.result as number)', []];
    case 'const':
      return [
        'result: NS.UserAuthResult',
        'code',
        ['const code = result.result;'],
      ];
    case 'destructured':
      return ['{ result: code }: NS.UserAuthResult', 'code', []];
    case 'member':
      return ['result: NS.UserAuthResult', 'result.result', []];
    case 'optional':
      return ['result: NS.UserAuthResult', 'result?.result', []];
  }
}

function catchSubject(spec: CatchSpec): [string, string[]] {
  switch (spec.subject) {
    case 'cast':
      return ['(error as BusinessError).code', []];
    case 'castConst':
      return ['failure.code', ['const failure = error as BusinessError;']];
    case 'codeConst':
      return ['code', ['const code = (error as BusinessError).code;']];
    case 'destructured':
      return ['code', ['const { code } = error as BusinessError;']];
  }
}

/**
 * The statements of a handler's body; declarations the test needs at
 * module level (collections, helpers) go into `top`.
 */
function writeBody(spec: HandlerSpec, names: Names, top: string[]): string[] {
  const { subject, preamble, index } = names;
  const codes = spec.codes;

  if (codes.length === 0) {
    return [...preamble, `void ${subject};`];
  }

  let statements: string[];

  switch (spec.test) {
    case 'switch':
      statements = writeSwitch(spec, names);
      break;
    case 'if':
      statements = writeIfs(spec, names);
      break;
    case 'helper':
      top.push(...writeHelper(spec, names));
      statements = [`void explain${index}(${subject});`];
      break;
    default:
      statements = writeLookup(spec, names, top);
  }

  if (spec.flow === 'nested') {
    statements = [
      '{',
      '  if (Date.now() > 0) {',
      ...indent(statements, 4),
      '  }',
      '}',
    ];
  }

  return [...preamble, ...statements];
}

function writeSwitch(spec: HandlerSpec, names: Names): string[] {
  const exit = spec.flow === 'early' ? 'return;' : 'break;';
  const lines = [`switch (${names.subject}) {`];

  spec.codes.forEach((code, position) => {
    const next = spec.codes[position + 1];

    lines.push(`  case ${names.constant(code)}:`);

    // A case without a body falls through to the next one (a group).
    if (next === undefined || next.newGroup) {
      lines.push(`    ${exit}`);
    }
  });

  if (spec.catchAll) {
    lines.push('  default:', `    ${exit}`);
  }

  lines.push('}');

  return lines;
}

/**
 * An `if` per code: chained with `else if` in the plain flow, separate
 * and returning in the early flow. A negated test narrows the code in
 * what follows, so it only returns (or is chained on) as the last one.
 */
function writeIfs(spec: HandlerSpec, names: Names): string[] {
  const conditions = spec.codes.map(code => comparison(code, names));

  if (spec.flow === 'early') {
    const lines = spec.codes.flatMap((code, position) => {
      const negated = code.operator.startsWith('!');
      const last = position === spec.codes.length - 1;

      return [
        `if (${conditions[position] ?? ''}) {`,
        negated && !last ? '  void 0;' : '  return;',
        '}',
      ];
    });

    return lines;
  }

  // Chain the positive tests; test the negated ones on their own.
  const chained = spec.codes.flatMap((code, position) =>
    code.operator.startsWith('!') ? [] : [conditions[position] ?? ''],
  );
  const separate = spec.codes.flatMap((code, position) =>
    code.operator.startsWith('!')
      ? [`if (${conditions[position] ?? ''}) {`, '  void 1;', '}']
      : [],
  );
  const chain = chained.flatMap((condition, position) => [
    `${position === 0 ? 'if' : '} else if'} (${condition}) {`,
    `  void ${position};`,
  ]);

  if (chain.length > 0) {
    chain.push(...(spec.catchAll ? ['} else {', '  void -1;'] : []), '}');
  }

  return [...chain, ...separate];
}

function comparison(code: CodeTest, names: Names): string {
  const constant = names.constant(code);

  return code.subjectFirst
    ? `${names.subject} ${code.operator} ${constant}`
    : `${constant} ${code.operator} ${names.subject}`;
}

/** A helper that receives the code and tests it with a `switch`. */
function writeHelper(spec: HandlerSpec, names: Names): string[] {
  const helperNames: Names = { ...names, subject: 'code' };
  const body = writeSwitch({ ...spec, flow: 'plain' }, helperNames);

  return [
    `function explain${names.index}(code: number): string {`,
    ...indent(body, 2),
    "  return '';",
    '}',
  ];
}

/** `includes`, `Set.has`, `Map.get` or a record lookup on the code. */
function writeLookup(spec: HandlerSpec, names: Names, top: string[]): string[] {
  const { subject, index } = names;
  const constants = spec.codes.map(code => names.constant(code));
  let test: string;

  switch (spec.test) {
    case 'includes':
      test = `[${constants.join(', ')}].includes(${subject})`;
      break;
    case 'set':
      if (spec.inline) {
        test = `new Set([${constants.join(', ')}]).has(${subject})`;
      } else {
        top.push(`const SET${index} = new Set([${constants.join(', ')}]);`);
        test = `SET${index}.has(${subject})`;
      }
      break;
    case 'map':
      top.push(
        `const MAP${index} = new Map([${constants
          .map(constant => `[${constant}, 'text']`)
          .join(', ')}]);`,
      );
      test = `MAP${index}.get(${subject}) !== undefined`;
      break;
    default:
      top.push(
        `const TEXT${index}: Record<number, string> = { ${constants
          .map(constant => `[${constant}]: 'text'`)
          .join(', ')} };`,
      );
      test = `TEXT${index}[${subject}] !== undefined`;
  }

  return [
    `if (${test}) {`,
    spec.flow === 'early' ? '  return;' : '  void 0;',
    '}',
  ];
}

function indent(lines: readonly string[], spaces: number): string[] {
  const pad = ' '.repeat(spaces);

  return lines.map(line => (line === '' ? line : `${pad}${line}`));
}
