/**
 * The author's loop: `npm run dev` on a copy of the sample posts, edited as an author
 * would while the post is open. The page follows every edit without a manual reload,
 * and a content error is shown in the page (file and line) until the file is fixed.
 *
 * The posts folder is given relative to the project, as the default `public/posts` is,
 * while the file watcher reports absolute paths.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect as baseExpect, test, type Locator, type Page } from '@playwright/test';
import { devCacheFile } from '../src/tooling/dev-content.ts';
import { devServerPort } from './sites.ts';
import { currentPage } from './support.ts';

// One dev server and one folder of posts, edited test after test.
test.describe.configure({ mode: 'serial', timeout: 60_000 });
// Every wait may include a page reload and the dev server compiling on demand.
const waitMs = 20_000;
const expect = baseExpect.configure({ timeout: waitMs });

let origin: string;
let dir: string;
let server: ChildProcess | undefined;
let output = '';

/** Stops the dev server and everything npm started for it (it leads its own process group). */
function stopServer() {
  // The whole group, even if npm itself has exited: Vite may outlive it.
  if (server?.pid) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
  server = undefined;
}

/** Waits until the dev server answers, and is this test's: it serves a file only our copy has. */
async function ours(url: string, token: string, until: number): Promise<void> {
  while (Date.now() < until) {
    if (server?.exitCode !== null) throw new Error(`the dev server stopped:\n${output}`);
    const body = await fetch(url).then(
      (r) => (r.ok ? r.text() : ''),
      () => '',
    );
    if (body === token) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the dev server did not answer at ${url}:\n${output}`);
}

const file = (name: string) => path.join(dir, name);
async function edit(name: string, change: (text: string) => string) {
  const before = await readFile(file(name), 'utf8');
  const after = change(before);
  expect(after, `the edit of ${name} changes it`).not.toBe(before);
  await writeFile(file(name), after);
}

/** Opens a page and waits until the dev server's client is connected, so it hears of edits. */
async function open(page: Page, url: string) {
  const connected = page.waitForEvent('console', { predicate: (m) => m.text().includes('[vite] connected'), timeout: waitMs });
  await page.goto(url);
  await connected;
}

/**
 * An image's width once loaded (0 until then, or while the page reloads after an edit),
 * scrolled to so that a lazy image loads.
 */
const loadedWidth = (image: Locator) =>
  image
    .evaluate((img: HTMLImageElement) => {
      img.scrollIntoView();
      return img.complete ? img.naturalWidth : 0;
    })
    .catch(() => 0);

const h1 = (page: Page) => currentPage(page).getByRole('heading', { level: 1 });
const body = (page: Page) => currentPage(page).locator('.prose');
const overlay = (page: Page) => page.locator('vite-error-overlay');

test.beforeAll(async ({ browser }, info) => {
  test.setTimeout(120_000);
  // A port per worker, so that repeated runs (--repeat-each) can share the machine.
  const port = devServerPort + info.parallelIndex;
  origin = `http://localhost:${port}`;
  output = '';
  dir = await mkdtemp(path.join(tmpdir(), 'quire-dev-e2e-'));
  await cp('public/posts', dir, { recursive: true });
  const token = path.basename(dir);
  await writeFile(path.join(dir, 'e2e-server.txt'), token);
  server = spawn('npm', ['run', 'dev', '--', '--port', String(port), '--strictPort'], {
    env: { ...process.env, QUIRE_POSTS_DIR: path.relative(process.cwd(), dir) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  process.once('exit', stopServer);
  await ours(`${origin}/posts/e2e-server.txt`, token, Date.now() + 60_000);
  // The first visit compiles the app and its Markdown worker (and may reload once for
  // newly found dependencies): do it before the tests time their waits.
  const page = await browser.newPage();
  await page.goto(`${origin}/posts/lets-go`);
  await expect(body(page)).toContainText('writing Go for work', { timeout: 90_000 });
  await page.close();
});

test.afterEach(async ({}, info) => {
  if (info.status !== info.expectedStatus) await info.attach('dev server output', { body: output });
});

test.afterAll(async () => {
  stopServer();
  await rm(devCacheFile(path.relative(process.cwd(), dir)), { force: true });
  await rm(dir, { recursive: true, force: true });
});

test('an edit of a series post shows in the open page, and so does the next one', async ({ page }) => {
  await open(page, `${origin}/posts/lets-go`);
  await expect(h1(page)).toHaveText('Lets Go');
  await edit('lets-go.md', (t) =>
    t
      .replace('title: Lets Go\n', 'title: Lets Go, edited\n')
      .replace("I've been writing Go for work", 'I have been writing Go at work'),
  );
  await expect(h1(page)).toHaveText('Lets Go, edited');
  await expect(body(page)).toContainText('I have been writing Go at work');
  await expect(currentPage(page).getByRole('complementary', { name: 'Series: Lets Go' })).toBeVisible();
  await expect(overlay(page)).toHaveCount(0);
  await edit('lets-go.md', (t) => t.replace('title: Lets Go, edited\n', 'title: Lets Go, edited twice\n'));
  await expect(h1(page)).toHaveText('Lets Go, edited twice');
  await expect(overlay(page)).toHaveCount(0);
});

test('an edit of a post without a series shows in the open page', async ({ page }) => {
  await open(page, `${origin}/posts/new-blog`);
  await expect(h1(page)).toHaveText('New blog!');
  await edit('new-blog.md', (t) =>
    t.replace('title: "New blog!"', 'title: "A new blog"').replace('Hello, and welcome', 'Hi, and welcome'),
  );
  await expect(h1(page)).toHaveText('A new blog');
  await expect(body(page)).toContainText('Hi, and welcome to my little corner');
});

test('a renamed post leaves its old URL and is at its new one', async ({ page }) => {
  await open(page, `${origin}/posts/emotional-math`);
  await expect(h1(page)).toHaveText('Emotional Math');
  await rename(file('emotional-math.md'), file('emotional-math-revisited.md'));
  await expect(h1(page)).toHaveText('Page not found');
  await open(page, `${origin}/posts/emotional-math-revisited`);
  await expect(h1(page)).toHaveText('Emotional Math');
  await expect(overlay(page)).toHaveCount(0);
});

test('broken front matter is shown in the page with its file and line until it is fixed', async ({ page }) => {
  await open(page, `${origin}/posts/being-oncall`);
  await expect(h1(page)).toHaveText('Being Oncall');
  await edit('being-oncall.md', (t) => t.replace('date: 2025-04-07T22:05:00-07:00', 'date: someday'));
  const message = overlay(page).locator('.message-body');
  await expect(message).toContainText('being-oncall.md:3:7: "date" is not a valid date');
  // Still shown to a page opened while the problem remains.
  await open(page, `${origin}/posts/being-oncall`);
  await expect(message).toContainText('being-oncall.md:3:7');
  await edit('being-oncall.md', (t) =>
    t.replace('date: someday', 'date: 2025-04-07T22:05:00-07:00').replace('title: Being Oncall', 'title: Being On Call'),
  );
  await expect(h1(page)).toHaveText('Being On Call');
  await expect(overlay(page)).toHaveCount(0);
});

test('a new post appears on the home page (dated ahead: shown, marked scheduled), and goes when deleted', async ({ page }) => {
  await open(page, `${origin}/`);
  const titles = currentPage(page).locator('.post-card-title');
  await expect(titles.first()).toBeVisible();
  await expect(currentPage(page).getByText('A brand new post')).toHaveCount(0);
  await writeFile(file('a-brand-new-post.md'), '---\ntitle: A brand new post\ndate: 2030-01-01\n---\n\nFresh words.\n');
  await expect(titles.first()).toHaveText('A brand new post');
  await expect(currentPage(page).locator('.post-card').first().locator('.post-meta')).toContainText('Scheduled');
  await expect(currentPage(page).locator('.post-card').nth(1).locator('.post-meta')).not.toContainText('Scheduled');
  await rm(file('a-brand-new-post.md'));
  await expect(titles.first()).not.toHaveText('A brand new post');
  await expect(currentPage(page).getByText('A brand new post')).toHaveCount(0);
});

test('a draft is shown, marked, and follows its edits', async ({ page }) => {
  await open(page, `${origin}/posts/lets-go-part-two-draft`);
  await expect(h1(page)).toHaveText('Lets Go: Slices and Maps');
  const meta = currentPage(page).locator('.post-header .post-meta');
  await expect(meta).toContainText('Draft');
  await edit('lets-go-part-two-draft.md', (t) =>
    t.replace('title: "Lets Go: Slices and Maps"', 'title: "Lets Go: Slices, Maps and Strings"'),
  );
  await expect(h1(page)).toHaveText('Lets Go: Slices, Maps and Strings');
  await expect(meta).toContainText('Draft');
});

test('a changed image shows in the open page', async ({ page }) => {
  await open(page, `${origin}/posts/understanding-container-networking`);
  const image = currentPage(page).getByRole('img', { name: 'Two containers joined to a bridge by veth pairs' });
  const width = () => loadedWidth(image);
  await expect.poll(width).toBe(400);
  await edit('images/bridge.svg', (t) => t.replace('width="400" height="250"', 'width="320" height="200"'));
  await expect.poll(width).toBe(320);
});

test('a folder post: added, edited, its image changed and removed, the open page follows', async ({ page }) => {
  const svg = (width: number) =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="50"><rect width="100%" height="50"/></svg>`;
  await mkdir(file('a-folder-post'));
  await writeFile(file('a-folder-post/pic.svg'), svg(200));
  await writeFile(
    file('a-folder-post/index.md'),
    '---\ntitle: A folder post\ndate: 2024-03-01\n---\nWith a picture beside it: ![A picture beside it](pic.svg)\n',
  );
  await open(page, `${origin}/posts/a-folder-post`);
  await expect(h1(page)).toHaveText('A folder post');
  const image = currentPage(page).getByRole('img', { name: 'A picture beside it' });
  const width = () => loadedWidth(image);
  await expect.poll(width).toBe(200);
  await edit('a-folder-post/index.md', (t) => t.replace('title: A folder post', 'title: A folder post, edited'));
  await expect(h1(page)).toHaveText('A folder post, edited');
  await writeFile(file('a-folder-post/pic.svg'), svg(120));
  await expect.poll(width).toBe(120);
  await rm(file('a-folder-post'), { recursive: true });
  await expect(h1(page)).not.toHaveText('A folder post, edited');
  await expect(overlay(page)).toHaveCount(0);
});
