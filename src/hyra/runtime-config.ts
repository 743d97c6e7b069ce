import { safeHttpUrl } from '../lib/safe-url';

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
}

/** Lenient: anything missing or malformed falls back to the demo's defaults. */
export function parseRuntimeConfig(json: unknown): RuntimeConfig {
  const source = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
  const { workspaceId, serverHasToken, hyraWebUrl } = source;
  return {
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

/** Reads the server's config; a static host without it gets the defaults (demo). */
export async function loadRuntimeConfig(): Promise<RuntimeConfig> {
  try {
    const response = await fetch(RUNTIME_CONFIG_PATH, { headers: { Accept: 'application/json' } });
    if (!response.ok) return DEFAULT_RUNTIME_CONFIG;
    return parseRuntimeConfig(await response.json());
  } catch {
    return DEFAULT_RUNTIME_CONFIG;
  }
}

/** The workspace ID of the built-in demo (`?workspace=demo` opens it too). */
export const DEMO_WORKSPACE_ID = 'demo';
