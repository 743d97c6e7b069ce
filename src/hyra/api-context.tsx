import { createContext, useContext, type ReactNode } from 'react';
import type { HyraApi } from './api';

const ApiContext = createContext<HyraApi | null>(null);

export function ApiProvider({ api, children }: { api: HyraApi; children: ReactNode }) {
  return <ApiContext value={api}>{children}</ApiContext>;
}

export function useApi(): HyraApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi needs an ApiProvider above it');
  return api;
}
