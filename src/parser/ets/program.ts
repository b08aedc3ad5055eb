import type * as ts from 'ohos-typescript';

import fs from 'node:fs';
import path from 'node:path';

import type { SdkSetup } from './sdk.js';

import { ohos } from './ohos.js';

/** Folders that never hold a module's own sources. */
const SKIPPED_DIRECTORIES = new Set([
  'build',
  'dist',
  'node_modules',
  'oh_modules',
]);

/** More files than this under a module root means the root is wrong. */
const MAX_SCANNED_FILES = 5000;

interface CachedFile {
  readonly text: string;
  readonly sourceFile: ts.SourceFile;
}

/**
 * SDK declaration files, parsed once per process: they never change while
 * ESLint runs, and parsing them is most of a cold start.
 */
const sdkSourceFiles = new Map<string, ts.SourceFile>();

function isSourceName(name: string): boolean {
  return name.endsWith('.ets') || name.endsWith('.ts');
}

function scriptKindOf(fileName: string): ts.ScriptKind {
  return fileName.endsWith('.ets') ? ohos.ScriptKind.ETS : ohos.ScriptKind.TS;
}

/** The `.ets` and `.ts` files of a module, skipping build output. */
function scanModule(root: string): string[] {
  const files: string[] = [];
  const pending = [root];

  for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
    let entries: fs.Dirent[];

    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }

    for (const entry of entries) {
      if (entry.name.startsWith('.')) {
        continue;
      }

      const full = path.join(dir, entry.name);

      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) {
          pending.push(full);
        }
      } else if (isSourceName(entry.name)) {
        files.push(full);

        if (files.length > MAX_SCANNED_FILES) {
          return [];
        }
      }
    }
  }

  return files.sort();
}

/**
 * One ArkTS module's program: the module's files, the files linted so far,
 * and the SDK. Text that differs from the disk (editor buffers, `--fix`
 * passes, RuleTester snippets) is served from memory; a change builds a new
 * program from the old one, so unchanged files and the SDK are reused.
 */
export class EtsProject {
  readonly #sdk: SdkSetup;
  readonly #roots = new Set<string>();
  readonly #overrides = new Map<string, string>();
  readonly #files = new Map<string, CachedFile>();
  readonly #host: ts.CompilerHost;
  #program: ts.Program | undefined;

  constructor(sdk: SdkSetup, moduleRoot: string | undefined) {
    this.#sdk = sdk;

    if (moduleRoot !== undefined) {
      for (const file of scanModule(moduleRoot)) {
        this.#roots.add(file);
      }
    }

    this.#host = this.#createHost();
  }

  /** The program with this text for the file, and the file's AST. */
  update(
    fileName: string,
    text: string,
  ): { program: ts.Program; sourceFile: ts.SourceFile } {
    const current = this.#program?.getSourceFile(fileName);

    if (this.#program && current?.text === text && this.#roots.has(fileName)) {
      return { program: this.#program, sourceFile: current };
    }

    if (readDisk(fileName) === text) {
      this.#overrides.delete(fileName);
    } else {
      this.#overrides.set(fileName, text);
    }

    this.#roots.add(fileName);
    this.#program = ohos.createProgram({
      rootNames: [...this.#sdk.rootFiles, ...this.#roots],
      options: this.#sdk.options,
      host: this.#host,
      oldProgram: this.#program,
    });

    const sourceFile = this.#program.getSourceFile(fileName);

    if (sourceFile === undefined) {
      throw new Error(`The ArkTS program did not load ${fileName}.`);
    }

    return { program: this.#program, sourceFile };
  }

  #read(fileName: string): string | undefined {
    return this.#overrides.get(fileName) ?? readDisk(fileName);
  }

  #createHost(): ts.CompilerHost {
    const host = ohos.createCompilerHost(this.#sdk.options, true);
    const options = this.#sdk.options;
    const sdkDir = this.#sdk.directory + path.sep;
    const defaultLibDir = path.dirname(host.getDefaultLibFileName(options));

    host.fileExists = fileName =>
      this.#overrides.has(fileName) || ohos.sys.fileExists(fileName);
    host.readFile = fileName => this.#read(fileName);
    host.getSourceFile = (fileName, languageVersion) => {
      const shared =
        fileName.startsWith(sdkDir) || fileName.startsWith(defaultLibDir);

      if (shared) {
        const version =
          typeof languageVersion === 'number'
            ? languageVersion
            : languageVersion.languageVersion;
        const key = `${String(version)}:${fileName}`;
        let sourceFile = sdkSourceFiles.get(key);

        if (sourceFile === undefined) {
          sourceFile = this.#parse(fileName, readDisk(fileName));
          if (sourceFile !== undefined) {
            sdkSourceFiles.set(key, sourceFile);
          }
        }

        return sourceFile;
      }

      const text = this.#read(fileName);
      const cached = this.#files.get(fileName);

      if (text === undefined) {
        return undefined;
      }

      if (cached?.text === text) {
        return cached.sourceFile;
      }

      const sourceFile = this.#parse(fileName, text);

      if (sourceFile !== undefined) {
        this.#files.set(fileName, { text, sourceFile });
      }

      return sourceFile;
    };

    return host;
  }

  #parse(
    fileName: string,
    text: string | undefined,
  ): ts.SourceFile | undefined {
    if (text === undefined) {
      return undefined;
    }

    return ohos.createSourceFile(
      fileName,
      text,
      this.#sdk.options.target ?? ohos.ScriptTarget.ES2021,
      true,
      scriptKindOf(fileName),
      this.#sdk.options,
    );
  }
}

function readDisk(fileName: string): string | undefined {
  try {
    return fs.readFileSync(fileName, 'utf8');
  } catch {
    return undefined;
  }
}

const projects = new Map<string, EtsProject>();

/** The project a file belongs to, created on first use. */
export function projectFor(
  sdk: SdkSetup,
  moduleRoot: string | undefined,
): EtsProject {
  const key = `${sdk.key}\0${moduleRoot ?? ''}`;
  let project = projects.get(key);

  if (project === undefined) {
    project = new EtsProject(sdk, moduleRoot);
    projects.set(key, project);
  }

  return project;
}

/** Files that mark an ArkTS module (or app) root. */
const MODULE_MARKERS = ['oh-package.json5', 'build-profile.json5'];

/** The nearest folder above a file that is an ArkTS module. */
export function findModuleRoot(fileName: string): string | undefined {
  for (let dir = path.dirname(fileName); ; dir = path.dirname(dir)) {
    if (MODULE_MARKERS.some(marker => fs.existsSync(path.join(dir, marker)))) {
      return dir;
    }

    if (path.dirname(dir) === dir) {
      return undefined;
    }
  }
}
