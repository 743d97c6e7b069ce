import * as z from 'zod';

/**
 * What the dashboard's own server tells the browser at `/hyra-config.json`: never the
 * token, only whether the server holds one.
 */
export const RuntimeConfigSchema = z.object({
  /** Default workspace (HYRA_WORKSPACE_ID); absent means the demo opens. */
  workspaceId: z.string().min(1).optional().catch(undefined),
  /** The server's proxy adds a token (HYRA_API_TOKEN), so the browser needs none. */
  serverHasToken: z.boolean().catch(false),
  /** Hyra's web app, for actions that have no public API endpoint. */
  hyraWebUrl: z.url({ protocol: /^https?$/ }).catch('https://hyra.io'),
});
export type RuntimeConfig = z.infer<typeof RuntimeConfigSchema>;

export const RUNTIME_CONFIG_PATH = '/hyra-config.json';
/** The same-origin path the proxy forwards to HYRA_API_URL. */
export const API_BASE_PATH = '/hyra-api';

export const DEFAULT_RUNTIME_CONFIG: RuntimeConfig = RuntimeConfigSchema.parse({});

/** Reads the server's config; a static host without it gets the defaults (demo). */
export async function loadRuntimeConfig(): Promise<RuntimeConfig> {
  try {
    const response = await fetch(RUNTIME_CONFIG_PATH, { headers: { Accept: 'application/json' } });
    if (!response.ok) return DEFAULT_RUNTIME_CONFIG;
    return RuntimeConfigSchema.parse(await response.json());
  } catch {
    return DEFAULT_RUNTIME_CONFIG;
  }
}

/** The workspace ID of the built-in demo (`?workspace=demo` opens it too). */
export const DEMO_WORKSPACE_ID = 'demo';
