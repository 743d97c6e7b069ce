import { safeHttpUrl } from '../lib/safe-url';
import type { Viewer } from './viewer';

export type { Person, Viewer } from './viewer';

/**
 * What the dashboard's own server tells the browser at `/hyra-config.json`: never the
 * token, only whether the server holds one.
 */
export interface RuntimeConfig {
  /** Default workspace (HYRA_WORKSPACE_ID); absent means the demo opens. */
  workspaceId?: string;
  /** The server's proxy adds a token (HYRA_API_TOKEN), so the browser needs none. */
  serverHasToken: boolean;
  /** Hyra's web app (http or https), for actions that have no public API endpoint. */
  hyraWebUrl: string;
  /** The server has sign-in or a read-only mode, so the browser asks `/hyra-me.json` who it is. */
  access?: 'sign-in' | 'read-only';
  /** Who is looking, as the server says (`/hyra-me.json`); absent: no sign-in (single-user). */
  viewer?: Viewer;
}

/** With sign-in, a server that cannot say who is looking shows no data (never the single-user view). */
const UNKNOWN_VIEWER: Viewer = {
  status: 'unavailable',
  message: 'The dashboard could not tell who you are just now. Reload the page to try again.',
};

/** Where the server says who is signed in. */
export const VIEWER_PATH = '/hyra-me.json';
/** Where sign-in starts and ends (the server's routes). */
export const SIGN_IN_PATH = '/auth/login';
export const SIGN_OUT_PATH = '/auth/logout';

/** Lenient: anything missing or malformed falls back to the demo's defaults. */
export function parseRuntimeConfig(json: unknown): RuntimeConfig {
  const source = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
  const { workspaceId, serverHasToken, hyraWebUrl, access } = source;
  return {
    ...(access === 'sign-in' || access === 'read-only' ? { access } : {}),
    workspaceId: typeof workspaceId === 'string' && workspaceId.length > 0 ? workspaceId : undefined,
    serverHasToken: typeof serverHasToken === 'boolean' ? serverHasToken : false,
    hyraWebUrl:
      (typeof hyraWebUrl === 'string' && safeHttpUrl(hyraWebUrl)?.replace(/\/$/, '')) || 'https://hyra.io',
  };
}

export const RUNTIME_CONFIG_PATH = '/hyra-config.json';
/** The same-origin path the proxy forwards to HYRA_API_URL. */
export const API_BASE_PATH = '/hyra-api';

export const DEFAULT_RUNTIME_CONFIG: RuntimeConfig = parseRuntimeConfig({});

async function getJson(path: string): Promise<unknown> {
  try {
    const response = await fetch(path, { headers: { Accept: 'application/json' } });
    return response.ok ? await response.json() : undefined;
  } catch {
    return undefined;
  }
}

/** Reads the server's config and who is looking; a static host without them gets the defaults (demo). */
export async function loadRuntimeConfig(): Promise<RuntimeConfig> {
  const config = await getJson(RUNTIME_CONFIG_PATH);
  if (config === undefined) return DEFAULT_RUNTIME_CONFIG;
  const parsed = parseRuntimeConfig(config);
  // Without sign-in or the read-only mode there is nobody to ask about.
  if (!parsed.access) return parsed;
  // The viewer's reader (zod) loads only here, so single-user and demo pages never fetch it.
  const [{ parseViewer }, json] = await Promise.all([import('./viewer'), getJson(VIEWER_PATH)]);
  const viewer =
    parseViewer(json) ??
    (parsed.access === 'read-only' ? ({ status: 'read-only' } as const) : UNKNOWN_VIEWER);
  return { ...parsed, viewer };
}

/** The workspace ID of the built-in demo (`?workspace=demo` opens it too). */
export const DEMO_WORKSPACE_ID = 'demo';
