/** `<OperatorProvider info>` and `useOperator()`: the operator of the app status, to every view. */
import { createContext, useContext, type ReactNode } from 'react';
import type { AppInfo } from '../../../../shared/contract/appInfo';
import { NOBODY, operatorOf, type Operator } from './operator';

const OperatorContext = createContext<Operator>(NOBODY);

export function OperatorProvider({ info, children }: { info: AppInfo | null | undefined; children: ReactNode }) {
  return <OperatorContext.Provider value={operatorOf(info)}>{children}</OperatorContext.Provider>;
}

export function useOperator(): Operator {
  return useContext(OperatorContext);
}
