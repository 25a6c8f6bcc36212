import { useLayoutEffect, useRef, useState } from 'react';

/**
 * `const [ref, scrolls] = useScrollsItself<HTMLUListElement>(content)`: whether the element holds more
 * than it shows and scrolls on its own (down or sideways), measured after each render with a new `content`
 * and whenever its size changes. Such a region takes a Tab stop (`tabIndex={scrolls ? 0 : undefined}`) so
 * the keyboard can scroll it too; one that shows all it holds takes none.
 */
export function useScrollsItself<T extends HTMLElement>(content: unknown) {
  const ref = useRef<T>(null);
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () =>
      setScrolls(element.scrollHeight > element.clientHeight || element.scrollWidth > element.clientWidth);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [content]);
  return [ref, scrolls] as const;
}
