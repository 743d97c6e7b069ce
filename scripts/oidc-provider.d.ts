// oidc-provider ships no types; the dev identity (scripts/dev-identity.mjs) is its only user.
declare module 'oidc-provider';
