import { DEMO_WORKSPACE_ID } from '../../../hyra/runtime-config';
/**
 * Hyra's IDs are 24 hexadecimal digits (seen in use; docs/HYRA-CONTRACT.md). Its own module:
 * only the connect screen (a lazy chunk) needs it.
 */
export const WORKSPACE_ID_PATTERN = /^[0-9a-f]{24}$/i;

/**
 * What is wrong with a typed workspace ID, in words for the field's error, or undefined
 * when it has the shape of one (the demo's own ID is accepted too). Checked before any
 * request: a wrong ID would only come back as a less helpful "no such workspace".
 */
export function workspaceIdProblem(value: string): string | undefined {
  const id = value.trim();
  if (id === '') return 'Enter the workspace ID.';
  if (id === DEMO_WORKSPACE_ID || WORKSPACE_ID_PATTERN.test(id)) return undefined;
  if (!/^[0-9a-f]*$/i.test(id)) {
    return 'A workspace ID has only the digits 0–9 and the letters a–f. Copy it from the address of your workspace in Hyra.';
  }
  const length = id.length;
  return `A workspace ID has 24 characters; this one has ${length}.`;
}
