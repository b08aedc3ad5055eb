// Settings for eslint-doc-generator, which writes the header of each page in
// docs/rules/ and the rules table in README.md from the rules' metadata.
// It loads the plugin from its main export (dist/index.js), so
// `npm run build` must run first; `npm run docs` and `npm run docs:check`
// do that.
import * as prettier from 'prettier';

/** @type {import('eslint-doc-generator').GenerateOptions} */
const config = {
  configEmoji: [
    ['recommended', '✅'],
    ['strict', '🔒'],
    ['all', '🌐'],
    ['recommended-deveco', '🛠️'],
  ],
  pathRuleDoc: 'docs/rules/{name}.md',
  pathRuleList: 'README.md',
  // Every page has these; rules without options say so in an Options
  // section of their own, which the generator would otherwise refuse.
  ruleDocSectionInclude: ['Examples', 'Limitations', 'When Not To Use It'],
  ruleDocSectionOptions: false,
  ruleListColumns: [
    'name',
    'description',
    'configsError',
    'configsWarn',
    'configsOff',
    'fixable',
    'hasSuggestions',
    'requiresTypeChecking',
    'options',
    'deprecated',
  ],
  // Prettier formats every Markdown file of the repo, generated parts
  // included, so the generator writes what Prettier would.
  async postprocess(content, filePath) {
    const options = (await prettier.resolveConfig(filePath)) ?? {};

    return prettier.format(content, { ...options, filepath: filePath });
  },
};

export default config;
