// @ts-check
/**
 * The one place that reads the environment. Every variable is read and checked once, at
 * start: a bad value stops the server with a message naming the variable.
 */

/** Below the browser client's own 20 s, so the proxy's clearer answer arrives first. */
export const DEFAULT_UPSTREAM_TIMEOUT_MS = 15_000;
/** Largest answer read from Hyra: a 5,000-session month in one range answer is ~15 MB. */
export const DEFAULT_UPSTREAM_MAX_BYTES = 32 * 1024 * 1024;

/**
 * @typedef {{
 *   apiUrl: string;
 *   token?: string;
 *   workspaceId?: string;
 *   hyraWebUrl: string;
 *   upstreamTimeoutMs: number;
 *   upstreamMaxBytes: number;
 *   publicOrigin?: string;
 *   trustProxy: boolean;
 *   access?: 'sign-in' | 'read-only';
 *   cache: CacheConfig;
 *   budget?: import('./cache/rate-budget.js').BudgetConfig;
 * }} ServerConfig
 */

/**
 * @typedef {{
 *   store: 'memory' | 'off' | string;
 *   maxBytes: number;
 *   freshness: import('./cache/freshness.js').FreshnessConfig;
 * }} CacheConfig
 */

/**
 * @typedef {{
 *   host: string;
 *   port: number;
 *   distDir: string;
 *   allowedHosts?: Set<string>;
 *   quiet: boolean;
 * }} ListenConfig
 */

/** @param {string} message */
function fail(message) {
  return new Error(message);
}

/**
 * @param {string} name
 * @param {string | undefined} value
 * @param {string} fallback
 */
function httpUrl(name, value, fallback) {
  const text = (value?.trim() || fallback).replace(/\/+$/, '');
  let parsed;
  try {
    parsed = new URL(text);
  } catch {
    throw fail(`${name} must be an http(s) URL, got ${text}`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw fail(`${name} must be an http(s) URL, got ${parsed.protocol}`);
  }
  return text;
}

/**
 * A whole number within bounds, or the default when unset.
 * @param {string} name
 * @param {string | undefined} value
 * @param {{ fallback: number; min: number; max: number; unit: string }} range
 */
export function wholeNumber(name, value, { fallback, min, max, unit }) {
  if (value === undefined || value.trim() === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min || number > max) {
    throw fail(`${name} must be a whole number of ${unit} (${min}-${max}), got ${value}`);
  }
  return number;
}

/**
 * What the /hyra-config.json endpoint and the /hyra-api proxy need: the same in `npm start`,
 * `npm run preview` and `npm run serve`.
 * @param {Record<string, string | undefined>} env
 * @returns {ServerConfig}
 */
export function readServerConfig(env) {
  return {
    apiUrl: httpUrl('HYRA_API_URL', env.HYRA_API_URL, 'https://api.hyra.io'),
    token: env.HYRA_API_TOKEN?.trim() || undefined,
    workspaceId: env.HYRA_WORKSPACE_ID?.trim() || undefined,
    hyraWebUrl: (env.HYRA_WEB_URL || 'https://hyra.io').replace(/\/+$/, ''),
    upstreamTimeoutMs: wholeNumber('HYRA_UPSTREAM_TIMEOUT_MS', env.HYRA_UPSTREAM_TIMEOUT_MS, {
      fallback: DEFAULT_UPSTREAM_TIMEOUT_MS,
      min: 100,
      max: 300_000,
      unit: 'milliseconds',
    }),
    upstreamMaxBytes: wholeNumber('HYRA_UPSTREAM_MAX_BYTES', env.HYRA_UPSTREAM_MAX_BYTES, {
      fallback: DEFAULT_UPSTREAM_MAX_BYTES,
      min: 10_000,
      max: 1024 * 1024 * 1024,
      unit: 'bytes',
    }),
    publicOrigin: env.HYRA_PUBLIC_URL?.trim()
      ? new URL(httpUrl('HYRA_PUBLIC_URL', env.HYRA_PUBLIC_URL, '')).origin
      : undefined,
    trustProxy: flag('HYRA_TRUST_PROXY', env.HYRA_TRUST_PROXY),
    cache: readCacheConfig(env),
    budget: readBudgetConfig(env),
    // Who may look is decided by ./auth-config.js; the browser only learns which way to ask.
    access: env.HYRA_OIDC_CLIENT_ID?.trim()
      ? 'sign-in'
      : env.HYRA_READONLY_PUBLIC?.trim() === '1'
        ? 'read-only'
        : undefined,
  };
}

/** @param {Record<string, string | undefined>} env @returns {CacheConfig} */
function readCacheConfig(env) {
  const url = env.HYRA_CACHE_URL?.trim() ?? '';
  let store = 'memory';
  if (url === 'off' || url === 'memory') store = url;
  else if (url !== '') {
    if (!/^rediss?:\/\//.test(url)) {
      throw fail(`HYRA_CACHE_URL must be redis://…, rediss://…, memory or off, got ${url}`);
    }
    store = url;
  }
  /** @param {string} name @param {number} fallback */
  const seconds = (name, fallback) =>
    1000 * wholeNumber(name, env[name], { fallback, min: 0, max: 7 * 86_400, unit: 'seconds' });
  return {
    store,
    maxBytes: wholeNumber('HYRA_CACHE_MAX_BYTES', env.HYRA_CACHE_MAX_BYTES, {
      fallback: 64 * 1024 * 1024,
      min: 1024 * 1024,
      max: 16 * 1024 * 1024 * 1024,
      unit: 'bytes',
    }),
    freshness: {
      pastMs: seconds('HYRA_CACHE_PAST_SECONDS', 900),
      nearMs: seconds('HYRA_CACHE_NEAR_SECONDS', 30),
      futureMs: seconds('HYRA_CACHE_FUTURE_SECONDS', 120),
      staleMs: seconds('HYRA_CACHE_STALE_SECONDS', 300),
    },
  };
}

/**
 * Hyra allows about 100 requests a minute per key (documented). HYRA_RATE_LIMIT=0 turns the
 * server's budget off (the browser's own limiter still applies).
 * @param {Record<string, string | undefined>} env
 * @returns {import('./cache/rate-budget.js').BudgetConfig | undefined}
 */
function readBudgetConfig(env) {
  const limit = wholeNumber('HYRA_RATE_LIMIT', env.HYRA_RATE_LIMIT, {
    fallback: 100,
    min: 0,
    max: 100_000,
    unit: 'requests',
  });
  if (limit === 0) return undefined;
  const burst = wholeNumber('HYRA_RATE_BURST', env.HYRA_RATE_BURST, {
    fallback: Math.floor(limit / 2),
    min: 0,
    max: limit - 1,
    unit: 'requests',
  });
  return {
    limit,
    burst,
    windowMs:
      1000 *
      wholeNumber('HYRA_RATE_WINDOW_SECONDS', env.HYRA_RATE_WINDOW_SECONDS, {
        fallback: 60,
        min: 1,
        max: 3600,
        unit: 'seconds',
      }),
    maxWaitMs: wholeNumber('HYRA_QUEUE_MAX_WAIT_MS', env.HYRA_QUEUE_MAX_WAIT_MS, {
      fallback: 8_000,
      min: 0,
      max: 300_000,
      unit: 'milliseconds',
    }),
    perViewer: wholeNumber('HYRA_VIEWER_QUEUE_MAX', env.HYRA_VIEWER_QUEUE_MAX, {
      fallback: 60,
      min: 1,
      max: 10_000,
      unit: 'requests',
    }),
  };
}

/**
 * @param {string} name
 * @param {string | undefined} value
 */
function flag(name, value) {
  const text = value?.trim() ?? '';
  if (text === '' || text === '0') return false;
  if (text === '1') return true;
  throw fail(`${name} must be 1 or 0, got ${value}`);
}

/**
 * The host names the server answers to. A request naming another host is refused: a web
 * page must not be able to reach this server (and the token behind its proxy) by pointing
 * a name it controls at 127.0.0.1 (DNS rebinding).
 * @param {string | undefined} list comma-separated, from HYRA_ALLOWED_HOSTS
 * @param {string} host the address the server listens on
 */
export function allowedHostsFrom(list, host) {
  const names = new Set(['localhost', '127.0.0.1', '[::1]']);
  if (host !== '0.0.0.0' && host !== '::') names.add(host.includes(':') ? `[${host}]` : host);
  for (const name of (list ?? '').split(',')) {
    const trimmed = name.trim().toLowerCase();
    if (trimmed) names.add(trimmed);
  }
  return names;
}

/**
 * What only `npm run serve` needs: where to listen, what to serve, which host names.
 * @param {Record<string, string | undefined>} env
 * @returns {ListenConfig}
 */
export function readListenConfig(env) {
  const host = env.HOST || '127.0.0.1';
  const port = wholeNumber('PORT', env.PORT, { fallback: 8080, min: 0, max: 65_535, unit: 'a port' });
  return {
    host,
    port,
    distDir: env.DIST_DIR || 'dist',
    allowedHosts:
      env.HYRA_ALLOWED_HOSTS?.trim() === '*' ? undefined : allowedHostsFrom(env.HYRA_ALLOWED_HOSTS, host),
    quiet: env.HYRA_SERVE_QUIET === '1',
  };
}

/** What the browser may know: never the token itself. @param {ServerConfig} config */
export function publicConfig(config) {
  return {
    workspaceId: config.workspaceId,
    serverHasToken: Boolean(config.token),
    hyraWebUrl: config.hyraWebUrl,
    // Only with sign-in or the read-only mode: the browser then asks /hyra-me.json who it is.
    ...(config.access ? { access: config.access } : {}),
  };
}
