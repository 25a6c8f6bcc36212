import type { LogSource } from '../../../../src/shared/query/logSource';

/** The source as the services reach it: the name of every method called is pushed onto `reads`. */
export function watched(target: LogSource, reads: string[]): LogSource {
  return new Proxy(target, {
    get(object, key, receiver) {
      const value: unknown = Reflect.get(object, key, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        reads.push(String(key));
        return (value as (...given: unknown[]) => unknown).apply(object, args);
      };
    },
  });
}
