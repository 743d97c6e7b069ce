// @ts-check
/**
 * Builds for the benchmark, into bench/ so nobody's dist/ is touched: the dashboard as
 * `npm run build` makes it (bench/.dist-app), the two reference pages beside it
 * (bench/.dist-app/bench-ref, served by the same server through the same proxy), and, for
 * CPU profiles, an unminified copy (bench/.dist-app-profile) whose function names read.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const APP_DIR = path.join(ROOT, 'bench/.dist-app');
export const PROFILE_DIR = path.join(ROOT, 'bench/.dist-app-profile');
const STAMP = '.bench-stamp.json';

/**
 * Vite builds for the NODE_ENV of the process, and loading the generator through Vite's
 * module runner sets it to development: every build here says production itself.
 * @param {import('vite').InlineConfig} config
 */
async function productionBuild(config) {
  const before = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ mode: 'production', ...config });
  } finally {
    if (before === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = before;
  }
}

/** Every input of a build: a change to any of them means a rebuild. */
const INPUTS = [
  'src',
  'public',
  'index.html',
  'vite.config.ts',
  'package-lock.json',
  'tsconfig.json',
  'tsconfig.app.json',
  'bench/reference',
];

/** @param {string} file @returns {Promise<{ files: number; newest: number }>} */
async function scan(file) {
  const info = await stat(file).catch(() => undefined);
  if (!info) return { files: 0, newest: 0 };
  if (!info.isDirectory()) return { files: 1, newest: info.mtimeMs };
  let files = 0;
  let newest = info.mtimeMs;
  for (const entry of await readdir(file)) {
    const inner = await scan(path.join(file, entry));
    files += inner.files;
    newest = Math.max(newest, inner.newest);
  }
  return { files, newest };
}

/** @param {string} source */
async function inputStamp(source) {
  const parts = await Promise.all(
    INPUTS.map((input) => scan(path.join(input.startsWith('bench/') ? ROOT : source, input))),
  );
  return JSON.stringify({ source, parts });
}

/**
 * The project as committed at `ref` (for a before/after comparison, or to measure while
 * src/ is being edited), unpacked into $TMPDIR/hyra-bench-src/<commit>, sharing node_modules.
 * @param {string} ref
 */
export async function checkoutRef(ref) {
  const commit = execFileSync('git', ['rev-parse', '--verify', `${ref}^{commit}`], {
    cwd: ROOT,
    encoding: 'utf8',
  }).trim();
  // Outside the repository: Tailwind scans the build's root for class names and follows the
  // .gitignore files above it, which would hide or add files.
  const dir = path.join(os.tmpdir(), 'hyra-bench-src', commit.slice(0, 12));
  const ready = await stat(path.join(dir, 'index.html')).catch(() => undefined);
  if (!ready) {
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    const tar = execFileSync('git', ['archive', '--format=tar', commit], { cwd: ROOT, maxBuffer: 1 << 30 });
    execFileSync('tar', ['-x', '-C', dir], { input: tar });
    await symlink(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  }
  return { commit, dir };
}

/**
 * Builds the dashboard (and the reference pages) unless the last build is newer than every input.
 * @param {{ force?: boolean; log: (line: string) => void; source?: string }} options
 *   source: the project directory to build (default: this working tree)
 * @returns {Promise<{ reused: boolean; ms: number }>}
 */
export async function buildForBench({ force = false, log, source = ROOT }) {
  const started = performance.now();
  const stamp = await inputStamp(source);
  const previous = await readFile(path.join(APP_DIR, STAMP), 'utf8').catch(() => '');
  if (!force && previous === stamp) return { reused: true, ms: 0 };
  log(`building the dashboard${source === ROOT ? '' : ` from ${source}`} into bench/.dist-app ...`);
  await productionBuild({
    root: source,
    logLevel: 'warn',
    build: { outDir: APP_DIR, emptyOutDir: true, chunkSizeWarningLimit: 10_000 },
  });
  log('building the reference pages into bench/.dist-app/bench-ref ...');
  await buildReferences(path.join(APP_DIR, 'bench-ref'));
  await writeFile(path.join(APP_DIR, STAMP), stamp);
  return { reused: false, ms: performance.now() - started };
}

/** @param {string} outDir */
async function buildReferences(outDir) {
  const root = path.join(ROOT, 'bench/reference');
  await productionBuild({
    configFile: false,
    root,
    base: '/bench-ref/',
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      chunkSizeWarningLimit: 10_000,
      rolldownOptions: {
        input: {
          minimal: path.join(root, 'minimal.html'),
          'big-calendar': path.join(root, 'big-calendar.html'),
          roster: path.join(root, 'roster.html'),
        },
      },
    },
  });
}

/** The dashboard unminified and with source maps, for readable CPU profiles (not for timing). */
export async function buildForProfile(source = ROOT) {
  await productionBuild({
    root: source,
    logLevel: 'warn',
    build: {
      outDir: PROFILE_DIR,
      emptyOutDir: true,
      minify: false,
      sourcemap: true,
      chunkSizeWarningLimit: 100_000,
    },
  });
}

/**
 * The initial JS and CSS: the files index.html loads directly (entry script, module
 * preloads, stylesheets), not the lazily loaded chunks. Sizes in bytes; gzip at level 9.
 * @param {string} dir
 */
export async function initialAssets(dir) {
  const html = await readFile(path.join(dir, 'index.html'), 'utf8');
  /** @type {{ file: string; type: 'js' | 'css'; bytes: number; gzip: number }[]} */
  const files = [];
  const seen = new Set();
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const src = /\s(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if (!src || seen.has(src) || /^https?:/.test(src)) continue;
    let type = /** @type {'js' | 'css' | undefined} */ (undefined);
    if (tag.startsWith('<script') && /type="module"/.test(tag)) type = 'js';
    else if (/rel="modulepreload"/.test(tag)) type = 'js';
    else if (/rel="stylesheet"/.test(tag)) type = 'css';
    if (!type) continue;
    seen.add(src);
    const content = await readFile(path.join(dir, src.replace(/^\//, '')));
    files.push({ file: src, type, bytes: content.length, gzip: gzipSync(content, { level: 9 }).length });
  }
  const total = (/** @type {'js' | 'css'} */ type) => {
    const list = files.filter((file) => file.type === type);
    return {
      bytes: list.reduce((sum, file) => sum + file.bytes, 0),
      gzip: list.reduce((sum, file) => sum + file.gzip, 0),
    };
  };
  return { files, js: total('js'), css: total('css') };
}
