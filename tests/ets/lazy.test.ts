// `parsers.ets` on the plugin object loads the built bundle on first use,
// from src (these tests) as from dist.
import { expect, it } from 'vitest';

import { lazyEtsParser } from '../../src/parser/ets/lazy.js';
import { ETS_DIR } from './ets-parser.js';

it('parses through the bundle on first use', () => {
  const { ast, services } = lazyEtsParser.parseForESLint(
    '@Entry\n@Component\nstruct A {\n  build() {\n    Column() {}\n  }\n}\n',
    { filePath: `${ETS_DIR}/snippets/Lazy.ets` },
  );

  expect(ast.body).toHaveLength(1);
  expect(services.ts.version).toBe('4.9.5');
});
