import { useEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

/**
 * Whether an element is in the window or within `margin` pixels of it, or has been: once near,
 * it stays so. Also true before the page is printed, so that what waits for it prints, and
 * always true where the browser cannot tell (no IntersectionObserver).
 */
export function useNearView(ref: RefObject<Element | null>, margin = 400): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      // The margin counts from the box that scrolls, which clips what is beyond it.
      { root: scrollingBox(element), rootMargin: `${margin}px` },
    );
    observer.observe(element);
    // Printing lays the page out at once: what waits must be drawn before it does.
    const beforePrint = () => flushSync(() => setNear(true));
    window.addEventListener('beforeprint', beforePrint);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', beforePrint);
    };
  }, [ref, near, margin]);
  return near;
}

/** The nearest ancestor that scrolls, or null for the window. */
function scrollingBox(element: Element): Element | null {
  for (let box = element.parentElement; box; box = box.parentElement) {
    const { overflowY } = getComputedStyle(box);
    if (overflowY === 'auto' || overflowY === 'scroll') return box;
  }
  return null;
}
