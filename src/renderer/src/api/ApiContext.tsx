import { createContext, useContext } from 'react';
import type { ConsoleApi } from '../../../shared/contract/contract';

export const ApiContext = createContext<ConsoleApi | null>(null);

/** The only way a component reaches main. */
export function useApi(): ConsoleApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside ApiContext');
  return api;
}
