// Lints the example app in examples/ through ESLint's Node API, the way the
// editor integration and CI do, and prints the findings. Exits non-zero
// only when linting itself fails (a crash or a file that did not parse).
import { ESLint } from 'eslint';
import path from 'node:path';

const exampleDir = path.join(import.meta.dirname, '..', 'examples');
const eslint = new ESLint({ cwd: exampleDir });
const results = await eslint.lintFiles(['src']);
const formatter = await eslint.loadFormatter('stylish');

const fatal = results.flatMap(result =>
  result.messages.filter(message => message.fatal === true),
);
const findings = results.reduce(
  (count, result) => count + result.messages.length,
  0,
);
const fixable = results.reduce(
  (count, result) =>
    count + result.fixableErrorCount + result.fixableWarningCount,
  0,
);

console.log(await formatter.format(results));
console.log(
  `Linted ${results.length} files of the example app: ${findings} findings, ` +
    `${fixable} fixable with --fix.`,
);

if (fatal.length > 0) {
  console.error(`${fatal.length} files could not be linted.`);
  process.exitCode = 1;
}
