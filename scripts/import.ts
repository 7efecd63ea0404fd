/**
 * `npm run import -- <folder> [--from hugo|jekyll|zola|markdown] [--time-zone Area/City]
 * [--dry-run] [--force] [--out public/posts]`: see src/import/ and the README,
 * "Moving from Hugo, Jekyll or Zola".
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { planImport } from '../src/import/convert.ts';
import { detectKind, sourceKinds, type SourceKind } from '../src/import/detect.ts';
import { formatReport } from '../src/import/report.ts';
import { readSourceTree } from '../src/import/source-tree.ts';
import { writePlan } from '../src/import/write-plan.ts';

const usage =
  'usage: npm run import -- <folder> [--from hugo|jekyll|zola|markdown] [--time-zone Area/City] [--dry-run] [--force] [--out public/posts]';

function fail(message: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(2);
}

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      from: { type: 'string' },
      'time-zone': { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      out: { type: 'string', default: 'public/posts' },
    },
  });
}
try {
  args = parse();
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

const [folder, ...extra] = args.positionals;
if (!folder || extra.length)
  fail(folder ? `one source folder, not ${args.positionals.length}` : "which folder? Give the old site's folder");
const sourceDir = path.resolve(folder);
if (!existsSync(sourceDir) || !statSync(sourceDir).isDirectory()) fail(`${folder} is not a folder`);
const from = args.values.from;
if (from !== undefined && !sourceKinds.includes(from as SourceKind)) fail(`--from ${from}: use one of ${sourceKinds.join(', ')}`);

const tree = readSourceTree(sourceDir);
const kind = (from as SourceKind | undefined) ?? detectKind(tree);
let plan: ReturnType<typeof planImport>;
try {
  plan = planImport(tree, { kind, timeZone: args.values['time-zone'] });
} catch (error) {
  if (error instanceof RangeError) fail(`unknown time zone: ${error.message} (write e.g. --time-zone Europe/Berlin)`);
  throw error;
}
const postsDir = path.resolve(args.values.out);
const result = writePlan(plan, {
  sourceDir,
  postsDir,
  publicDir: path.dirname(postsDir),
  dryRun: args.values['dry-run'],
  force: args.values.force,
});
console.log(formatReport(plan, result, { dryRun: args.values['dry-run'], sourceDir: folder }));
// Posts written elsewhere than the site's own folder: say how to build them with their static files.
if (postsDir !== path.resolve('public/posts') && !args.values['dry-run']) {
  const relative = (dir: string) => path.relative(process.cwd(), dir) || '.';
  console.log(
    `Build them with: QUIRE_POSTS_DIR=${relative(postsDir)} QUIRE_PUBLIC_DIR=${relative(path.dirname(postsDir))} npm run build`,
  );
}
