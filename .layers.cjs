/**
 * The layers of src/ (README, "Architecture"): the folders each may import, itself included.
 * Read by both layer checks, ESLint's import zones (eslint.config.js) and dependency-cruiser
 * (.dependency-cruiser.cjs).
 */
module.exports = {
  lib: ['lib', 'schema'],
  schema: ['lib', 'schema'],
  markdown: ['markdown', 'lib', 'schema'],
  content: ['content', 'markdown', 'lib', 'schema'],
  data: ['data', 'markdown', 'lib', 'schema'],
  navigation: ['navigation', 'data', 'markdown', 'lib', 'schema'],
  components: ['components', 'navigation', 'data', 'markdown', 'lib', 'schema'],
  views: ['views', 'components', 'navigation', 'data', 'markdown', 'lib', 'schema', 'styles'],
  app: ['app', 'views', 'components', 'navigation', 'data', 'markdown', 'lib', 'schema', 'styles'],
  build: ['build', 'app', 'navigation', 'content', 'data', 'markdown', 'lib', 'schema'],
  tooling: ['tooling', 'build', 'content', 'data', 'markdown', 'lib', 'schema'],
  // The importer (npm run import): nothing in src/ imports it, only scripts/.
  import: ['import', 'content', 'markdown', 'lib', 'schema'],
};
