// The benchmark: lints a generated corpus through ESLint's Node API with
// the type-aware baseline, with one rule that does nothing, with the
// plugin's recommended config, and with typescript-eslint's
// switch-exhaustiveness-check alone, and reports medians. Each lint runs
// in a child process of its own, so every case builds its own TypeScript
// program and memory is measured per case.
//
//   npm run bench                      # 1,000 files, 5 runs per case
//   node bench/run.js --quick          # 200 files, 1 run: a smoke test
//   node bench/run.js --scale          # also 4,000 files (cases a and b,
//                                      # --scale-runs N times, default 1)
//   node bench/run.js --runs 5 --files 2000 --share 0.05 --cpu-prof
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { CORPUS_ROOT, generate } from './generate.js';

const REPO_DIR = path.resolve(import.meta.dirname, '..');
const PLUGIN_ENTRY = path.join(REPO_DIR, 'dist', 'index.js');
const PEER_RULE = '@typescript-eslint/switch-exhaustiveness-check';

/** What each case lints with, on top of the parser. */
const CASES = {
  a: 'typescript-eslint parser, projectService, no rules',
  b: '(a) + userauth configs.recommended',
  c: `(a) + ${PEER_RULE} alone`,
  d: '.ets twin, plugin.parsers.ets, no rules',
  e: '(d) + userauth recommended rules',
  f: '(a) + one rule that does nothing',
};

/**
 * A rule that looks at nothing. ESLint lints a file differently once any
 * rule is on (a run with no rules at all is a special case), so this case
 * shows what every rule set pays before its rules do any work.
 */
const NOOP_PLUGIN = {
  rules: {
    noop: { meta: { type: 'problem', schema: [] }, create: () => ({}) },
  },
};

// ---------------------------------------------------------------------------
// The child: one lint of one corpus with one case, reported as JSON.

async function lintOnce({ caseId, dir, countChecker }) {
  const { ESLint } = await import('eslint');
  const { default: tseslint } = await import('typescript-eslint');
  const { default: plugin } = await import(pathToFileURL(PLUGIN_ENTRY).href);
  const isEts = caseId === 'd' || caseId === 'e';
  const counter = countChecker ? createCheckerCounter() : undefined;
  let parser = isEts ? plugin.parsers.ets : tseslint.parser;

  if (counter !== undefined) {
    parser = counter.wrap(parser);
  }

  const extension = isEts ? 'ets' : 'ts';
  const config = [
    {
      files: [`**/*.${extension}`],
      languageOptions: {
        parser,
        // The .ets parser finds its module from build-profile.json5 and
        // oh-package.json5 next to the sources, and uses its own SDK.
        parserOptions: isEts
          ? { tsconfigRootDir: dir }
          : { projectService: true, tsconfigRootDir: dir },
      },
    },
  ];

  if (caseId === 'b' || caseId === 'e') {
    // One object for `.ts`, one for `.ets`: each applies to its own files.
    config.push(...plugin.configs.recommended);
  } else if (caseId === 'f') {
    config.push({
      files: ['**/*.ts'],
      plugins: { bench: NOOP_PLUGIN },
      rules: { 'bench/noop': 'error' },
    });
  } else if (caseId === 'c') {
    config.push({
      files: ['**/*.ts'],
      plugins: { '@typescript-eslint': tseslint.plugin },
      rules: { [PEER_RULE]: 'error' },
    });
  }

  const eslint = new ESLint({
    cwd: dir,
    overrideConfigFile: true,
    overrideConfig: config,
    cache: false,
    stats: true,
  });
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  const results = await eslint.lintFiles([`src/**/*.${extension}`]);
  const cpu = process.cpuUsage(cpuBefore);
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;

  const rulesMs = {};
  const messages = {};
  let parseMs = 0;
  let fatal = 0;
  let outsideAuth = 0;

  for (const result of results) {
    for (const pass of result.stats?.times.passes ?? []) {
      parseMs += pass.parse?.total ?? 0;
      for (const [ruleId, time] of Object.entries(pass.rules ?? {})) {
        rulesMs[ruleId] = (rulesMs[ruleId] ?? 0) + time.total;
      }
    }
    const inAuth = result.filePath.includes(`${path.sep}auth${path.sep}`);
    for (const message of result.messages) {
      if (message.fatal === true) {
        fatal += 1;
      }
      const ruleId = message.ruleId ?? '(fatal)';
      messages[ruleId] = (messages[ruleId] ?? 0) + 1;
      if (!inAuth) {
        outsideAuth += 1;
      }
    }
  }

  return {
    caseId,
    checker: counter?.summary(dir),
    cpuMs: (cpu.user + cpu.system) / 1000,
    fatal,
    files: results.length,
    firstFatal: results
      .flatMap(result => result.messages)
      .find(message => message.fatal === true)?.message,
    maxRssKb: process.resourceUsage().maxRSS,
    messages,
    outsideAuth,
    parseMs,
    rulesMs,
    wallMs,
  };
}

/**
 * Wraps a parser so that every type-checker call is counted against the
 * file being linted: the program's `getTypeChecker()`, each method of the
 * checker it returns, and the services' own type and symbol lookups.
 * ESLint parses a file and then runs its rules before the next parse, so
 * the file parsed last is the file the rules work on.
 */
function createCheckerCounter() {
  const calls = new Map();
  let current = '';
  const count = () => calls.set(current, (calls.get(current) ?? 0) + 1);

  const countedChecker = new WeakMap();
  const countChecker = checker => {
    let proxy = countedChecker.get(checker);
    if (proxy === undefined) {
      proxy = new Proxy(checker, {
        get(target, key) {
          const value = Reflect.get(target, key);
          return typeof value === 'function'
            ? (...args) => {
                count();
                return Reflect.apply(value, target, args);
              }
            : value;
        },
      });
      countedChecker.set(checker, proxy);
    }
    return proxy;
  };

  const countedProgram = new WeakMap();
  const countProgram = program => {
    let proxy = countedProgram.get(program);
    if (proxy === undefined) {
      proxy = new Proxy(program, {
        get(target, key) {
          const value = Reflect.get(target, key);
          if (key === 'getTypeChecker') {
            return () => {
              count();
              return countChecker(Reflect.apply(value, target, []));
            };
          }
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      countedProgram.set(program, proxy);
    }
    return proxy;
  };

  return {
    wrap(parser) {
      return {
        ...parser,
        parseForESLint(code, options) {
          current = options.filePath;
          calls.set(current, 0);
          const parsed = parser.parseForESLint(code, options);
          const services = parsed.services;
          if (services?.program == null) {
            return parsed;
          }
          return {
            ...parsed,
            services: {
              ...services,
              program: countProgram(services.program),
              getSymbolAtLocation: node => {
                count();
                return services.getSymbolAtLocation(node);
              },
              getTypeAtLocation: node => {
                count();
                return services.getTypeAtLocation(node);
              },
            },
          };
        },
      };
    },
    /** Calls in files that can reach the kit and in files that cannot. */
    summary(dir) {
      const summary = {
        outsideCalls: 0,
        outsideFiles: 0,
        outsideFilesWithCalls: 0,
        reachingCalls: 0,
        reachingFiles: 0,
      };
      for (const [file, n] of calls) {
        if (reachesKitByConstruction(file)) {
          summary.reachingFiles += 1;
          summary.reachingCalls += n;
        } else {
          summary.outsideFiles += 1;
          summary.outsideCalls += n;
          if (n > 0) {
            summary.outsideFilesWithCalls += 1;
            summary.firstOutside ??= path.relative(dir, file);
          }
        }
      }
      return summary;
    },
  };
}

/**
 * The generator makes only two kinds of files that see the kit: the auth
 * files, and the pages that import one of them.
 */
function reachesKitByConstruction(file) {
  if (file.includes(`${path.sep}auth${path.sep}`)) {
    return true;
  }
  return (
    file.includes(`${path.sep}pages${path.sep}`) &&
    fs.readFileSync(file, 'utf8').includes("from '../auth/")
  );
}

// ---------------------------------------------------------------------------
// The parent: generates the corpora, runs the children, prints the tables.

/** Reads the command line with Node's own parser; unknown flags throw. */
function parseArguments(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      'cpu-prof': { type: 'boolean', default: false },
      files: { type: 'string', default: '1000' },
      quick: { type: 'boolean', default: false },
      runs: { type: 'string', default: '5' },
      scale: { type: 'boolean', default: false },
      'scale-runs': { type: 'string', default: '1' },
      share: { type: 'string', default: '0.05' },
    },
  });
  const options = {
    cpuProf: values['cpu-prof'],
    files: Number(values.files),
    quick: values.quick,
    runs: Number(values.runs),
    scale: values.scale,
    scaleRuns: Number(values['scale-runs']),
    share: Number(values.share),
  };

  if (options.quick) {
    options.files = 200;
    options.runs = 1;
  }

  return options;
}

function runChild(job, cpuProf) {
  const profileDir = path.join(import.meta.dirname, '.profiles');
  const nodeArguments = cpuProf
    ? ['--cpu-prof', '--cpu-prof-dir', profileDir]
    : [];

  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [...nodeArguments, fileURLToPath(import.meta.url), '--child'],
      { stdio: ['pipe', 'pipe', 'inherit'] },
    );
    let output = '';
    child.stdout.on('data', chunk => (output += chunk));
    child.on('error', reject);
    child.on('close', code => {
      if (code !== 0) {
        reject(new Error(`case ${job.caseId} exited with ${code}`));
        return;
      }
      resolve(JSON.parse(output.trim().split('\n').at(-1)));
    });
    child.stdin.end(JSON.stringify(job));
  });
}

function median(values) {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);

  return sorted.length % 2 === 1
    ? sorted[middle]
    : (sorted[middle - 1] + sorted[middle]) / 2;
}

const seconds = ms => `${(ms / 1000).toFixed(2)} s`;
const millis = ms => `${ms.toFixed(0)} ms`;
const mebibytes = kb => `${(kb / 1024).toFixed(0)} MiB`;
const percent = ratio => `${(ratio * 100).toFixed(2)} %`;

function table(header, rows) {
  const lines = [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map(row => `| ${row.join(' | ')} |`),
  ];

  return `${lines.join('\n')}\n`;
}

/** Medians over the runs of one case at one size. */
function summarise(runs) {
  const ruleIds = [...new Set(runs.flatMap(run => Object.keys(run.rulesMs)))];

  return {
    fatal: Math.max(...runs.map(run => run.fatal)),
    files: runs[0].files,
    firstFatal: runs.find(run => run.firstFatal)?.firstFatal,
    cpuMs: median(runs.map(run => run.cpuMs)),
    cpuRuns: runs.map(run => run.cpuMs),
    maxRssKb: median(runs.map(run => run.maxRssKb)),
    messages: runs[0].messages,
    outsideAuth: runs[0].outsideAuth,
    parseMs: median(runs.map(run => run.parseMs)),
    rulesMs: Object.fromEntries(
      ruleIds.map(id => [id, median(runs.map(run => run.rulesMs[id] ?? 0))]),
    ),
    runs: runs.length,
    wallMs: median(runs.map(run => run.wallMs)),
    wallSpread: [
      Math.min(...runs.map(run => run.wallMs)),
      Math.max(...runs.map(run => run.wallMs)),
    ],
  };
}

/** How much more CPU one case took than another, as a percentage. */
const growth = (over, base) => percent((over - base) / base);

/**
 * The growth of one case over another, run by run: run i of each case ran
 * one right after the other, so their ratio shares the machine's state.
 */
function growthRunByRun(over, base) {
  const ratios = over.cpuRuns.map(
    (cpu, index) => (cpu - base.cpuRuns[index]) / base.cpuRuns[index],
  );

  return (
    `${percent(median(ratios))} ` +
    `(${percent(Math.min(...ratios))}–${percent(Math.max(...ratios))})`
  );
}

/** The highest one-minute load average seen after a lint. */
let busiest = 0;

const ourRules = summary =>
  Object.entries(summary.rulesMs).filter(([id]) => id.startsWith('userauth/'));
const ourTotal = summary =>
  ourRules(summary).reduce((sum, [, ms]) => sum + ms, 0);

async function measureSize(options, corpus, caseIds, runs, print) {
  const runsByCase = Object.fromEntries(caseIds.map(id => [id, []]));

  // Interleaved, so that drift on the machine spreads over every case.
  for (let run = 1; run <= runs; run += 1) {
    for (const caseId of caseIds) {
      const dir = caseId === 'd' || caseId === 'e' ? corpus.etsDir : corpus.dir;
      const result = await runChild({ caseId, dir }, options.cpuProf);
      runsByCase[caseId].push(result);
      busiest = Math.max(busiest, os.loadavg()[0]);
      print(
        `  run ${run}/${runs} case (${caseId}), ${corpus.files} ` +
          `files: ${seconds(result.wallMs)} wall, ` +
          `${seconds(result.cpuMs)} CPU, load ` +
          `${os.loadavg()[0].toFixed(1)}, ` +
          `${mebibytes(result.maxRssKb)}\n`,
      );
    }
  }

  return Object.fromEntries(caseIds.map(id => [id, summarise(runsByCase[id])]));
}

function machineLine() {
  const cpus = os.cpus();
  const memory = (os.totalmem() / 1024 ** 3).toFixed(1);

  return (
    `${os.type()} ${os.release()}, ${os.availableParallelism()} cores ` +
    `(${cpus[0]?.model.trim() ?? 'unknown CPU'}), ${memory} GiB, ` +
    `Node ${process.version}`
  );
}

function revision() {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: REPO_DIR,
      encoding: 'utf8',
    }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', 'src'], {
      cwd: REPO_DIR,
      encoding: 'utf8',
    }).trim();

    return dirty === '' ? head : `${head} with local changes in src/`;
  } catch {
    return 'unknown';
  }
}

function packageVersion(name) {
  const file = path.join(REPO_DIR, 'node_modules', name, 'package.json');

  return JSON.parse(fs.readFileSync(file, 'utf8')).version;
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  const out = [];
  const print = text => {
    process.stdout.write(text);
  };
  const report = text => {
    out.push(text);
    print(text);
  };

  if (!fs.existsSync(PLUGIN_ENTRY)) {
    throw new Error('dist/index.js is missing: run `npm run build` first.');
  }

  const { default: plugin } = await import(pathToFileURL(PLUGIN_ENTRY).href);
  const hasEts = plugin.parsers?.ets !== undefined;
  const sizes = options.scale
    ? [options.files, options.files * 4]
    : [options.files];

  print(`Generating ${sizes.join(' and ')} files...\n`);
  const corpora = sizes.map(files =>
    generate({
      files,
      share: options.share,
      out: path.join(CORPUS_ROOT, `files-${files}`),
      ets: hasEts && files === options.files,
    }),
  );

  report(
    `\n## Benchmark\n\n` +
      `- Machine: ${machineLine()}\n` +
      `- ESLint ${packageVersion('eslint')}, typescript-eslint ` +
      `${packageVersion('typescript-eslint')}, TypeScript ` +
      `${packageVersion('typescript')}\n` +
      `- Date: ${new Date().toISOString()}; plugin at ${revision()}\n` +
      `- Command: node bench/run.js ${process.argv.slice(2).join(' ')}\n` +
      `- Corpus: ${corpora
        .map(
          corpus =>
            `${corpus.files} files, ${corpus.lines} lines, ` +
            `${corpus.authFiles} calling userAuth, ` +
            `${corpus.reachingFiles} reaching it`,
        )
        .join('; ')}\n` +
      `- Runs per case: ${options.runs}` +
      `${options.scale ? ` (${options.scaleRuns} at the larger size)` : ''}` +
      `, medians; each lint in a fresh child process\n\n`,
  );

  const caseIds = hasEts
    ? ['a', 'f', 'b', 'c', 'd', 'e']
    : ['a', 'f', 'b', 'c'];
  const results = [];

  for (const [index, corpus] of corpora.entries()) {
    print(`Linting ${corpus.files} files...\n`);
    results.push(
      await measureSize(
        options,
        corpus,
        index === 0 ? caseIds : ['a', 'b'],
        index === 0 ? options.runs : options.scaleRuns,
        print,
      ),
    );
  }

  const main = results[0];
  const [a, b, c, f] = [main.a, main.b, main.c, main.f];

  report(`### Wall time and memory (${a.files} files)\n\n`);
  report(
    table(
      [
        'case',
        'what',
        'wall (median)',
        'min–max',
        'CPU (median)',
        'parse',
        'peak RSS',
      ],
      Object.entries(main).map(([id, summary]) => [
        `(${id})`,
        CASES[id],
        seconds(summary.wallMs),
        `${seconds(summary.wallSpread[0])}–${seconds(summary.wallSpread[1])}`,
        seconds(summary.cpuMs),
        seconds(summary.parseMs),
        mebibytes(summary.maxRssKb),
      ]),
    ),
  );
  if (!hasEts) {
    report('\n(d) skipped: the .ets parser is not built\n');
  }

  const overhead = (b.wallMs - a.wallMs) / a.wallMs;
  const rulesShare = ourTotal(b) / a.cpuMs;
  const baselineSpread =
    (Math.max(...a.cpuRuns) - Math.min(...a.cpuRuns)) / a.cpuMs;
  report(
    `\n### Overhead of the plugin\n\n` +
      table(
        ['measure', 'value', 'target'],
        [
          ['(b − a) / a, wall medians', percent(overhead), '≤ 3 %'],
          ['(b − a) / a, CPU medians', growth(b.cpuMs, a.cpuMs), '≤ 3 %'],
          [
            '(b − a) / a, CPU, run by run: median (min–max)',
            growthRunByRun(b, a),
            '≤ 3 %',
          ],
          [
            'our rules’ own time in (b) / CPU of (a)',
            percent(rulesShare),
            '≤ 3 %',
          ],
          [
            'noise floor: spread of (a)’s CPU, (max − min) / median',
            percent(baselineSpread),
            '',
          ],
          ['peak RSS (b) − (a)', mebibytes(b.maxRssKb - a.maxRssKb), ''],
          [
            '(f − a) / a, CPU medians: any rule at all',
            growth(f.cpuMs, a.cpuMs),
            '',
          ],
          [
            '(b − f) / f, CPU medians: the plugin over any rule',
            growth(b.cpuMs, f.cpuMs),
            '',
          ],
          [
            '(b − f) / f, CPU, run by run: median (min–max)',
            growthRunByRun(b, f),
            '',
          ],
          [
            '(c − f) / f, CPU medians: the peer rule over any rule',
            growth(c.cpuMs, f.cpuMs),
            '',
          ],
        ],
      ),
  );

  const peerMs = c.rulesMs[PEER_RULE] ?? 0;
  report(
    `\n### Time per rule (${a.files} files, summed over files, medians)\n\n` +
      'ESLint measures each rule’s `create` and listeners. TypeScript ' +
      'computes types ' +
      'lazily and keeps them, so shared type work (the checker, the types ' +
      'of the SDK) is charged to whichever rule asks first; a rule alone ' +
      'can look slower than the same rule next to others.\n\n' +
      table(
        ['rule', 'case', 'time', 'vs peer rule'],
        [
          ...ourRules(b)
            .sort(([, x], [, y]) => y - x)
            .map(([id, ms]) => [
              id,
              '(b)',
              millis(ms),
              peerMs > 0 ? `${((ms / peerMs) * 100).toFixed(1)} %` : '–',
            ]),
          [
            'all userauth rules',
            '(b)',
            millis(ourTotal(b)),
            peerMs > 0 ? `${((ourTotal(b) / peerMs) * 100).toFixed(1)} %` : '–',
          ],
          [PEER_RULE, '(c)', millis(peerMs), '100 %'],
        ],
      ),
  );

  const messageRows = Object.entries(b.messages).sort(([x], [y]) =>
    x.localeCompare(y),
  );
  report(
    `\n### Reports in (b)\n\n` +
      table(
        ['rule', 'reports'],
        messageRows.map(([id, n]) => [id, String(n)]),
      ) +
      `\nReports outside the auth files: ${b.outsideAuth}; fatal parse ` +
      `errors: ${Math.max(a.fatal, b.fatal, c.fatal)}` +
      `${a.firstFatal ? ` (first: ${a.firstFatal})` : ''}\n`,
  );

  if (results.length > 1) {
    const large = results[1];
    const rows = ['a', 'b'].map(id => {
      const small = main[id];
      const big = large[id];
      const perFileSmall = small.wallMs / small.files;
      const perFileBig = big.wallMs / big.files;
      return [
        `(${id}) wall`,
        `${perFileSmall.toFixed(1)} ms per file`,
        `${perFileBig.toFixed(1)} ms per file`,
        (perFileBig / perFileSmall).toFixed(2),
        `${mebibytes(small.maxRssKb)} → ${mebibytes(big.maxRssKb)}`,
      ];
    });
    const cpuSmall = (main.b.cpuMs - main.a.cpuMs) / main.a.files;
    const cpuBig = (large.b.cpuMs - large.a.cpuMs) / large.a.files;
    rows.push([
      'CPU (b) − (a)',
      `${cpuSmall.toFixed(1)} ms per file`,
      `${cpuBig.toFixed(1)} ms per file`,
      (cpuBig / cpuSmall).toFixed(2),
      '',
    ]);
    const rulesSmall = ourTotal(main.b) / main.b.files;
    const rulesBig = ourTotal(large.b) / large.b.files;
    rows.push([
      'userauth rules in (b)',
      `${(rulesSmall * 1000).toFixed(0)} µs per file`,
      `${(rulesBig * 1000).toFixed(0)} µs per file`,
      (rulesBig / rulesSmall).toFixed(2),
      '',
    ]);
    report(
      `\n### Scaling, ${main.a.files} → ${large.a.files} files\n\n` +
        'A per-file ratio near 1.00 is linear growth.\n\n' +
        table(
          [
            'measure',
            `${main.a.files} files`,
            `${large.a.files} files`,
            'per-file ratio',
            'peak RSS',
          ],
          rows,
        ) +
        `\n(b − a) / a at ${large.a.files} files: ` +
        `${percent((large.b.wallMs - large.a.wallMs) / large.a.wallMs)}\n`,
    );
  }

  print('\nCounting type-checker calls per file in case (b)...\n');
  const counted = await runChild(
    { caseId: 'b', dir: corpora[0].dir, countChecker: true },
    false,
  );
  const checker = counted.checker;
  report(
    `\n### Type-checker calls (case (b), ${a.files} files, not timed)\n\n` +
      table(
        ['files', 'count', 'checker calls'],
        [
          [
            'cannot reach userAuth',
            String(checker.outsideFiles),
            String(checker.outsideCalls),
          ],
          [
            'reach userAuth',
            String(checker.reachingFiles),
            String(checker.reachingCalls),
          ],
        ],
      ) +
      (checker.firstOutside === undefined
        ? ''
        : `\nFirst non-reaching file with calls: ${checker.firstOutside}\n`),
  );

  if (busiest > os.availableParallelism()) {
    report(
      `\nWarning: the one-minute load average reached ${busiest.toFixed(1)} ` +
        `on ${os.availableParallelism()} cores during the runs: other ` +
        'processes competed for the CPU, so wall times and per-rule times ' +
        '(both measured by the clock) are inflated and noisy; CPU times ' +
        'and the type-checker counts are the figures to read.\n',
    );
  }

  const resultsFile = path.join(CORPUS_ROOT, 'last-run.md');
  fs.writeFileSync(resultsFile, out.join(''));
  print(`\nTables written to ${path.relative(REPO_DIR, resultsFile)}\n`);
}

async function child() {
  let input = '';
  for await (const chunk of process.stdin) {
    input += chunk;
  }
  const result = await lintOnce(JSON.parse(input));
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

if (process.argv.includes('--child')) {
  await child();
} else {
  await main();
}
