import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ApplyWorkspaceEditRequest,
  type CodeAction,
  CodeActionRequest,
  type Command,
  ConfigurationRequest,
  createProtocolConnection,
  type Diagnostic,
  DiagnosticRefreshRequest,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  ExecuteCommandRequest,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  type ProtocolConnection,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type TextEdit,
  WorkDoneProgressCreateRequest,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Drives the ESLint language server that VS Code's ESLint extension runs
// (vscode-eslint-language-server) over stdio, the way the editor does: the
// server asks for its settings, we open a document of the example app, pull
// its diagnostics, type into the unsaved buffer and ask for quick fixes.
//
// This server build uses pull diagnostics (`textDocument/diagnostic`, the
// model VS Code uses with it); it never pushes `publishDiagnostics`.

const ROOT = path.join(import.meta.dirname, '..', '..');
const EXAMPLE_DIR = path.join(ROOT, 'examples');
const SERVER = path.join(
  ROOT,
  'node_modules',
  'vscode-langservers-extracted',
  'bin',
  'vscode-eslint-language-server',
);
const DOCS = 'https://github.com/eslint-plugin-userauth/eslint-plugin-userauth';
const FIRST_LINT_TIMEOUT = 180_000;

/** What the editor shows for one finding: 0-based range, rule and text. */
interface Squiggle {
  line: number;
  start: number;
  end: number;
  rule: string;
  message: string;
}

/** A replacement of one exact snippet in the document. */
interface Replacement {
  find: string;
  replace: string;
}

/**
 * One document of the example app and what the editor must show for it.
 * A `.ets` page joins this list as one more case once the ArkTS parser
 * exists: only its file, language id, edits and expectations differ.
 */
interface EditorCase {
  /** Path below examples/. */
  file: string;
  /** The language id VS Code gives the file. */
  languageId: string;
  /** The squiggles on opening the saved file. */
  onOpen: Squiggle[];
  /** A quick fix offered on the saved file. */
  onOpenAction: { at: Squiggle; title: string };
  /** Typing in the unsaved buffer: fix one handler, break another. */
  edits: Replacement[];
  /** The squiggles after those edits. */
  afterEdits: Squiggle[];
  /** The autofix offered at a finding, and the line it leaves. */
  autofix: { at: Squiggle; title: string; fixedLine: string };
  /** A suggestion offered at a finding, which clears it when applied. */
  suggestion: { at: Squiggle; title: string; inserted: string };
}

const MAGIC_SUCCESS: Squiggle = {
  line: 128,
  start: 32,
  end: 40,
  rule: 'userauth/no-magic-codes',
  message:
    'Use `Codes.SUCCESS` instead of the magic number 12500000, so the code ' +
    'names the outcome it means.',
};

const QUICK_SIGN_IN_HANDLER: Squiggle = {
  line: 124,
  start: 8,
  end: 16,
  rule: 'userauth/handle-result-codes',
  message:
    'This result handler does not test `UserAuthResultCode.LOCKED` ' +
    '(12500009: tell the person they are locked out and to try again ' +
    'later), `UserAuthResultCode.TIMEOUT` (12500004: say that the prompt ' +
    'timed out and offer to start again) or `UserAuthResultCode.PIN_EXPIRED` ' +
    '(12500013: tell the person their lock-screen PIN expired and must be ' +
    'reset).',
};

/** signIn's handler once its TIMEOUT case is deleted. */
const SIGN_IN_HANDLER_BROKEN: Squiggle = {
  line: 33,
  start: 8,
  end: 16,
  rule: 'userauth/handle-result-codes',
  message:
    'This result handler does not test `UserAuthResultCode.TIMEOUT` ' +
    '(12500004: say that the prompt timed out and offer to start again).',
};

const TIMEOUT_CASE = `            case Codes.TIMEOUT:
              listener({
                kind: 'failed',
                message: 'Sign-in timed out. Try again.',
              });
              break;
`;

const QUICK_SIGN_IN_SUCCESS = `            listener({ kind: 'signed-in', token: result.token });
          } else {`;

const QUICK_SIGN_IN_COMPLETE = `            listener({ kind: 'signed-in', token: result.token });
          } else if (result.result === Codes.LOCKED) {
            listener({ kind: 'failed', message: 'Locked. Try later.' });
          } else if (result.result === Codes.TIMEOUT) {
            listener({ kind: 'failed', message: 'Timed out. Try again.' });
          } else if (result.result === Codes.PIN_EXPIRED) {
            listener({ kind: 'failed', message: 'Update your PIN.' });
          } else {`;

// Deleting the 6 lines of the TIMEOUT case moves later lines up by 6.
const MAGIC_SUCCESS_AFTER_EDITS: Squiggle = {
  ...MAGIC_SUCCESS,
  line: MAGIC_SUCCESS.line - 6,
};

// The ArkTS login page: findings in a struct method and in build() closures.
const PAGE_CANCEL: Squiggle = {
  line: 24,
  start: 4,
  end: 27,
  rule: 'userauth/handle-thrown-codes',
  message:
    '`UserAuthInstance.cancel` can throw a `BusinessError` (201, 401, ' +
    '12500002); call it inside `try`, or document the throw with `@throws`.',
};

const PAGE_MAGIC: Squiggle = {
  line: 65,
  start: 44,
  end: 52,
  rule: 'userauth/no-magic-codes',
  message:
    'Use `Codes.NOT_ENROLLED` instead of the magic number 12500010, so the ' +
    'code names the outcome it means.',
};

const PAGE_QUICK_INSTANCE: Squiggle = {
  line: 88,
  start: 24,
  end: 11,
  rule: 'userauth/handle-thrown-codes',
  message:
    '`getUserAuthInstance` can throw a `BusinessError` (401, 12500002, ' +
    '12500005, 12500006); call it inside `try`, or document the throw with ' +
    '`@throws`.',
};

const PAGE_QUICK_HANDLER: Squiggle = {
  ...QUICK_SIGN_IN_HANDLER,
  line: 99,
  start: 56,
  end: 58,
};

const PAGE_QUICK_START: Squiggle = {
  line: 105,
  start: 10,
  end: 23,
  rule: 'userauth/handle-thrown-codes',
  message:
    '`UserAuthInstance.start` can throw a `BusinessError` (201, 401, ' +
    '12500001, 12500002, 12500003, 12500004, 12500005, 12500006, 12500007, ' +
    '12500009, 12500010, 12500011, 12500013); call it inside `try`, or ' +
    'document the throw with `@throws`.',
};

/** The page's sign-in handler once its TIMEOUT case is deleted. */
const PAGE_SIGN_IN_BROKEN: Squiggle = {
  ...SIGN_IN_HANDLER_BROKEN,
  line: 38,
  start: 52,
  end: 54,
};

// Deleting the 3 lines of the TIMEOUT case moves later lines up by 3; the
// 6 lines added to the quick handler move the ones after it down again.
const PAGE_MAGIC_AFTER_EDITS: Squiggle = { ...PAGE_MAGIC, line: 62 };

const PAGE_TIMEOUT_CASE = `            case Codes.TIMEOUT:
              this.status = 'Timed out. Try again.';
              break;
`;

const PAGE_QUICK_SUCCESS = `              if (result.result === Codes.SUCCESS) {
                this.status = 'Confirmed';
              }`;

const PAGE_QUICK_COMPLETE = `              if (result.result === Codes.SUCCESS) {
                this.status = 'Confirmed';
              } else if (result.result === Codes.LOCKED) {
                this.status = 'Locked. Try later.';
              } else if (result.result === Codes.TIMEOUT) {
                this.status = 'Timed out. Try again.';
              } else if (result.result === Codes.PIN_EXPIRED) {
                this.status = 'Update your PIN.';
              }`;

const CASES: EditorCase[] = [
  {
    file: 'src/login.ts',
    languageId: 'typescript',
    onOpen: [QUICK_SIGN_IN_HANDLER, MAGIC_SUCCESS],
    onOpenAction: {
      at: QUICK_SIGN_IN_HANDLER,
      title:
        'Add a check for each missing code. (userauth/handle-result-codes)',
    },
    edits: [
      { find: TIMEOUT_CASE, replace: '' },
      { find: QUICK_SIGN_IN_SUCCESS, replace: QUICK_SIGN_IN_COMPLETE },
    ],
    afterEdits: [SIGN_IN_HANDLER_BROKEN, MAGIC_SUCCESS_AFTER_EDITS],
    autofix: {
      at: MAGIC_SUCCESS_AFTER_EDITS,
      title: 'Fix this userauth/no-magic-codes problem',
      fixedLine:
        '          if (result.result === Codes.SUCCESS && ' +
        'result.token !== undefined) {',
    },
    suggestion: {
      at: SIGN_IN_HANDLER_BROKEN,
      // signIn tests codes in a `switch`, so the suggestion adds cases.
      title:
        'Add a `case` for each missing code. (userauth/handle-result-codes)',
      inserted: 'case Codes.TIMEOUT:',
    },
  },
  {
    file: 'src/pages/Login.ets',
    // The language id VS Code gives `.ets` through `files.associations`.
    languageId: 'typescript',
    onOpen: [
      PAGE_CANCEL,
      PAGE_MAGIC,
      PAGE_QUICK_INSTANCE,
      PAGE_QUICK_HANDLER,
      PAGE_QUICK_START,
    ],
    onOpenAction: {
      at: PAGE_QUICK_HANDLER,
      title:
        'Add a check for each missing code. (userauth/handle-result-codes)',
    },
    edits: [
      { find: PAGE_TIMEOUT_CASE, replace: '' },
      { find: PAGE_QUICK_SUCCESS, replace: PAGE_QUICK_COMPLETE },
    ],
    afterEdits: [
      PAGE_CANCEL,
      PAGE_SIGN_IN_BROKEN,
      PAGE_MAGIC_AFTER_EDITS,
      { ...PAGE_QUICK_INSTANCE, line: 85 },
      { ...PAGE_QUICK_START, line: 108 },
    ],
    autofix: {
      at: PAGE_MAGIC_AFTER_EDITS,
      title: 'Fix this userauth/no-magic-codes problem',
      fixedLine:
        '      if ((error as BusinessError).code === Codes.NOT_ENROLLED) {',
    },
    suggestion: {
      at: PAGE_SIGN_IN_BROKEN,
      title:
        'Add a `case` for each missing code. (userauth/handle-result-codes)',
      inserted: 'case Codes.TIMEOUT:',
    },
  },
];

/** The settings VS Code's ESLint extension answers `workspace/configuration` with. */
function extensionSettings(): Record<string, unknown> {
  return {
    validate: 'on',
    packageManager: 'npm',
    useESLintClass: false,
    // ESLint 10 only reads flat config; `experimental.useFlatConfig: true`
    // would make the server look for the `FlatESLint` class that ESLint 10
    // no longer exports, and switch validation off.
    useFlatConfig: true,
    experimental: { useFlatConfig: false },
    codeAction: {
      disableRuleComment: {
        enable: true,
        location: 'separateLine',
        commentStyle: 'line',
      },
      showDocumentation: { enable: true },
    },
    codeActionOnSave: { mode: 'all' },
    format: false,
    quiet: false,
    onIgnoredFiles: 'off',
    options: {},
    rulesCustomizations: [],
    run: 'onType',
    problems: { shortenToSingleLine: false },
    nodePath: null,
    workingDirectory: { directory: EXAMPLE_DIR, '!cwd': false },
    workspaceFolder: {
      name: 'examples',
      uri: pathToFileURL(EXAMPLE_DIR).href,
    },
  };
}

function squiggleOf(diagnostic: Diagnostic): Squiggle {
  return {
    line: diagnostic.range.start.line,
    start: diagnostic.range.start.character,
    end: diagnostic.range.end.character,
    rule: String(diagnostic.code),
    message:
      typeof diagnostic.message === 'string'
        ? diagnostic.message
        : diagnostic.message.value,
  };
}

function byPosition(a: Squiggle, b: Squiggle): number {
  return a.line - b.line || a.start - b.start;
}

function applyReplacements(text: string, replacements: Replacement[]): string {
  return replacements.reduce((current, { find, replace }) => {
    expect(current.split(find)).toHaveLength(2);

    return current.replace(find, () => replace);
  }, text);
}

/** Applies LSP text edits (non-overlapping) to `text`. */
function applyTextEdits(text: string, edits: TextEdit[]): string {
  const lineStarts = [0];

  for (let index = 0; index < text.length; index++) {
    if (text[index] === '\n') {
      lineStarts.push(index + 1);
    }
  }

  const offset = ({ line, character }: TextEdit['range']['start']): number =>
    (lineStarts[line] ?? text.length) + character;
  const sorted = [...edits].sort(
    (a, b) => offset(b.range.start) - offset(a.range.start),
  );

  return sorted.reduce(
    (current, edit) =>
      current.slice(0, offset(edit.range.start)) +
      edit.newText +
      current.slice(offset(edit.range.end)),
    text,
  );
}

/** The text edits a workspace edit makes to one document. */
function editsFor(edit: WorkspaceEdit, uri: string): TextEdit[] {
  const fromChanges = edit.changes?.[uri] ?? [];
  const fromDocumentChanges = (edit.documentChanges ?? []).flatMap(change =>
    'textDocument' in change && change.textDocument.uri === uri
      ? change.edits.filter((each): each is TextEdit => 'range' in each)
      : [],
  );

  return [...fromChanges, ...fromDocumentChanges];
}

function isCodeAction(action: Command | CodeAction): action is CodeAction {
  return typeof action.command !== 'string';
}

class EditorSession {
  readonly applied: WorkspaceEdit[] = [];
  private readonly server: ChildProcess;
  readonly connection: ProtocolConnection;
  private readonly log: string[] = [];

  constructor() {
    this.server = spawn(process.execPath, [SERVER, '--stdio'], {
      cwd: EXAMPLE_DIR,
      stdio: ['pipe', 'pipe', 'pipe'],
    });

    if (this.server.stdout === null || this.server.stdin === null) {
      throw new Error('The language server has no stdio pipes.');
    }

    this.server.stderr?.on('data', (chunk: Buffer) => {
      this.log.push(chunk.toString());
    });
    this.connection = createProtocolConnection(
      new StreamMessageReader(this.server.stdout),
      new StreamMessageWriter(this.server.stdin),
    );
    this.connection.onRequest(ConfigurationRequest.type, params =>
      params.items.map(() => extensionSettings()),
    );
    this.connection.onRequest(RegistrationRequest.method, () => null);
    this.connection.onRequest(WorkDoneProgressCreateRequest.method, () => null);
    this.connection.onRequest(DiagnosticRefreshRequest.method, () => null);
    this.connection.onRequest(ApplyWorkspaceEditRequest.type, params => {
      this.applied.push(params.edit);

      return { applied: true };
    });
    // ESLint's own requests, sent when it finds no config or no library.
    for (const method of ['eslint/noConfig', 'eslint/noLibrary']) {
      this.connection.onRequest(method, (params: unknown) => {
        this.log.push(`${method} ${JSON.stringify(params)}`);

        return {};
      });
    }
    for (const method of ['window/logMessage', 'eslint/status']) {
      this.connection.onNotification(method, (params: unknown) => {
        this.log.push(`${method} ${JSON.stringify(params)}`);
      });
    }
    this.connection.listen();
  }

  /** What the server said, for failure messages. */
  transcript(): string {
    return this.log.join('\n');
  }

  async start(): Promise<void> {
    const folder = pathToFileURL(EXAMPLE_DIR).href;

    await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      // The protocol still requires the field, though folders replace it.
      // eslint-disable-next-line @typescript-eslint/no-deprecated
      rootUri: folder,
      workspaceFolders: [{ uri: folder, name: 'examples' }],
      capabilities: {
        workspace: {
          configuration: true,
          workspaceFolders: true,
          applyEdit: true,
          workspaceEdit: { documentChanges: true },
          diagnostics: { refreshSupport: true },
        },
        textDocument: {
          diagnostic: { dynamicRegistration: false },
          codeAction: {
            codeActionLiteralSupport: {
              codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] },
            },
          },
        },
      },
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
  }

  async squiggles(uri: string): Promise<{
    diagnostics: Diagnostic[];
    squiggles: Squiggle[];
  }> {
    const report = await this.connection.sendRequest(
      DocumentDiagnosticRequest.type,
      { textDocument: { uri } },
    );

    if (report.kind !== 'full') {
      throw new Error(`Expected a full report, got ${report.kind}.`);
    }

    return {
      diagnostics: report.items,
      squiggles: report.items.map(squiggleOf).sort(byPosition),
    };
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([
        this.connection.sendRequest(ShutdownRequest.method),
        new Promise(resolve => setTimeout(resolve, 5_000)),
      ]);
      await this.connection.sendNotification(ExitNotification.type);
    } finally {
      this.connection.dispose();
      this.server.kill();
    }
  }
}

describe.each(CASES)('the editor, on $file', editorCase => {
  const filePath = path.join(EXAMPLE_DIR, editorCase.file);
  const uri = pathToFileURL(filePath).href;
  const saved = fs.readFileSync(filePath, 'utf8');
  const edited = applyReplacements(saved, editorCase.edits);
  let session: EditorSession;
  let version = 1;

  async function change(text: string): Promise<void> {
    version += 1;
    await session.connection.sendNotification(
      DidChangeTextDocumentNotification.type,
      { textDocument: { uri, version }, contentChanges: [{ text }] },
    );
  }

  async function actionsAt(diagnostic: Diagnostic): Promise<CodeAction[]> {
    const actions =
      (await session.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic] },
      })) ?? [];

    return actions.filter(isCodeAction);
  }

  async function run(action: CodeAction): Promise<TextEdit[]> {
    const before = session.applied.length;

    if (action.command === undefined) {
      throw new Error(`"${action.title}" has no command.`);
    }

    await session.connection.sendRequest(ExecuteCommandRequest.type, {
      command: action.command.command,
      arguments: action.command.arguments ?? [],
    });

    const [edit] = session.applied.slice(before);

    if (edit === undefined) {
      throw new Error(`"${action.title}" applied no edit.`);
    }

    return editsFor(edit, uri);
  }

  function find(diagnostics: Diagnostic[], squiggle: Squiggle): Diagnostic {
    const found = diagnostics.find(
      diagnostic =>
        JSON.stringify(squiggleOf(diagnostic)) === JSON.stringify(squiggle),
    );

    if (found === undefined) {
      throw new Error(`No diagnostic ${JSON.stringify(squiggle)}.`);
    }

    return found;
  }

  beforeAll(async () => {
    session = new EditorSession();
    await session.start();
    await session.connection.sendNotification(
      DidOpenTextDocumentNotification.type,
      {
        textDocument: {
          uri,
          languageId: editorCase.languageId,
          version,
          text: saved,
        },
      },
    );
  }, FIRST_LINT_TIMEOUT);

  afterAll(async () => {
    await session.stop();
  });

  it(
    'shows each finding of the saved file with its range and message',
    async () => {
      const { diagnostics, squiggles } = await session.squiggles(uri);

      expect(squiggles, session.transcript()).toEqual(editorCase.onOpen);

      for (const diagnostic of diagnostics) {
        const rule = String(diagnostic.code).replace('userauth/', '');

        expect(diagnostic.source).toBe('eslint');
        expect(diagnostic.codeDescription?.href).toBe(
          `${DOCS}/blob/main/docs/rules/${rule}.md`,
        );
      }

      const actions = await actionsAt(
        find(diagnostics, editorCase.onOpenAction.at),
      );

      expect(actions.map(action => action.title)).toContain(
        editorCase.onOpenAction.title,
      );
    },
    FIRST_LINT_TIMEOUT,
  );

  it('updates the findings as the unsaved buffer is edited', async () => {
    await change(edited);

    const { squiggles } = await session.squiggles(uri);

    expect(squiggles, session.transcript()).toEqual(editorCase.afterEdits);
  });

  it("offers no-magic-codes' autofix as the preferred quick fix", async () => {
    const { diagnostics } = await session.squiggles(uri);
    const actions = await actionsAt(find(diagnostics, editorCase.autofix.at));
    const fix = actions.find(
      action => action.title === editorCase.autofix.title,
    );

    expect(
      actions.map(action => action.title),
      session.transcript(),
    ).toContain(editorCase.autofix.title);
    expect(fix?.isPreferred).toBe(true);

    const after = applyTextEdits(edited, await run(fix as CodeAction));

    expect(after.split('\n')[editorCase.autofix.at.line]).toBe(
      editorCase.autofix.fixedLine,
    );
  });

  it('offers the suggestion, which clears the finding once applied', async () => {
    const { diagnostics } = await session.squiggles(uri);
    const at = find(diagnostics, editorCase.suggestion.at);
    const actions = await actionsAt(at);
    const suggestion = actions.find(
      action => action.title === editorCase.suggestion.title,
    );

    expect(actions.map(action => action.title)).toContain(
      editorCase.suggestion.title,
    );

    const edits = await run(suggestion as CodeAction);

    expect(edits.map(edit => edit.newText).join('')).toContain(
      editorCase.suggestion.inserted,
    );

    await change(applyTextEdits(edited, edits));

    const { squiggles } = await session.squiggles(uri);

    // The inserted checks move later lines, so compare rules and messages.
    const what = ({ rule, message }: Squiggle) => ({ rule, message });

    expect(squiggles.map(what)).toEqual(
      editorCase.afterEdits
        .filter(each => each !== editorCase.suggestion.at)
        .map(what),
    );
  });
});
