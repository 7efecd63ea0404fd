/**
 * The layers of src/ (README, "Architecture"), checked on the dependency graph itself,
 * lazy import() included: `npm run lint` runs this beside ESLint's import rules.
 */
const below = require('./.layers.cjs');

module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      severity: 'error',
      comment: 'No module imports itself through others (dynamic imports count).',
      from: {},
      to: { circular: true },
    },
    ...Object.entries(below).map(([layer, allowed]) => ({
      name: `layer-${layer}`,
      severity: 'error',
      comment: `src/${layer} imports only from: ${allowed.join(', ')}`,
      from: { path: `^src/${layer}/` },
      to: { path: '^src/', pathNot: `^src/(${allowed.join('|')})/` },
    })),
    {
      name: 'markdown-core-without-ui',
      severity: 'error',
      comment: 'The Markdown core and the content pipeline use no React, router or react-query.',
      from: { path: '^src/(markdown|content|import)/' },
      to: { path: 'node_modules/(react|react-dom|react-router|@tanstack)/' },
    },
  ],
  options: {
    // The benchmark's generator (which a search test imports) is not part of the layers.
    doNotFollow: { path: ['node_modules', '^bench/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.test.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js'], conditionNames: ['import', 'node', 'default'] },
  },
};
