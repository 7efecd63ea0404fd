/**
 * The bench's command line (all optional):
 *   --runs N             cold loads per page on the phone profile (default 5)
 *   --fast-runs N        cold loads per page unthrottled (default 3)
 *   --first-paints N     loads behind each phone FCP and LCP median that has a line
 *                        (default 21): the runs above, then loads that record only first
 *                        paints, up to N
 *   --click-runs N       phone runs behind each median of a click on a link that was not
 *                        prefetched (default 9): the runs above, then loads for that
 *                        click alone, up to N
 *   --count N            generated posts in the big blog (default 10000)
 *   --skip-build         reuse the builds already in bench/.work (browser part only)
 *   --no-big             only the sample blog (quick check of the bench itself)
 *   --clear-build-cache  before the first build, delete the caches the bench's previous
 *                        builds reported (their pages and the compiled app)
 *   --port N             serve the sample blog on N and the big one on N + 1 (default 4340)
 */
export interface BenchOptions {
  phoneRuns: number;
  fastRuns: number;
  firstPaints: number;
  clickRuns: number;
  count: number;
  seed: number;
  skipBuild: boolean;
  big: boolean;
  clearBuildCache: boolean;
  port: number;
}

const known = new Set([
  'runs',
  'fast-runs',
  'first-paints',
  'click-runs',
  'count',
  'skip-build',
  'no-big',
  'clear-build-cache',
  'port',
]);

export function readOptions(argv: string[]): BenchOptions {
  for (const arg of argv) {
    if (arg.startsWith('--') && !known.has(arg.slice(2))) throw new Error(`Unknown option ${arg} (see bench/options.ts)`);
  }
  const flag = (name: string) => argv.includes(`--${name}`);
  const number = (name: string, fallback: number) => {
    const i = argv.indexOf(`--${name}`);
    const value = i === -1 ? fallback : Number(argv[i + 1]);
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} needs a positive integer`);
    return value;
  };
  const phoneRuns = number('runs', 5);
  return {
    phoneRuns,
    fastRuns: number('fast-runs', 3),
    // The runs' own loads count: never fewer than them.
    firstPaints: Math.max(number('first-paints', 21), phoneRuns),
    clickRuns: Math.max(number('click-runs', 9), phoneRuns),
    count: number('count', 10000),
    seed: 1,
    skipBuild: flag('skip-build'),
    big: !flag('no-big'),
    clearBuildCache: flag('clear-build-cache'),
    port: number('port', 4340),
  };
}
