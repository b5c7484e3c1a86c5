// Keeps the call panel inside the window: its height is what is left below where it starts, so the
// outcome bar at its bottom is on screen without scrolling the page, whatever sits above it (a banner,
// a two-row header at 1024 px). The panel's own middle part scrolls instead.
import { type RefObject, useLayoutEffect } from 'react';

/** Below this the panel stops shrinking and the page scrolls: a tiny window still gets a usable panel. */
const MIN_HEIGHT_PX = 360;

export function useFitToWindow(ref: RefObject<HTMLElement | null>) {
  useLayoutEffect(() => {
    const panel = ref.current;
    if (!panel) return;
    const fitPanel = () => {
      // The panel is sticky: once the page scrolls it holds its `top`; before, it sits where the layout put it.
      const stickyTop = Number.parseFloat(getComputedStyle(panel).top) || 0;
      const laidOutTop = panel.parentElement?.getBoundingClientRect().top ?? 0;
      const top = Math.max(laidOutTop, stickyTop);
      // The screen's padding below the panel still has to fit in the window.
      const main = panel.closest('main');
      const below = main ? Number.parseFloat(getComputedStyle(main).paddingBottom) || 0 : 0;
      const height = Math.max(MIN_HEIGHT_PX, Math.floor(window.innerHeight - top - below - 2));
      panel.style.setProperty('--fit-height', `${height}px`);
    };
    fitPanel();
    // Something appearing above (a banner) moves the panel down: the body's size says so.
    const watch = new ResizeObserver(fitPanel);
    watch.observe(document.body);
    window.addEventListener('resize', fitPanel);
    window.addEventListener('scroll', fitPanel, { passive: true });
    return () => {
      watch.disconnect();
      window.removeEventListener('resize', fitPanel);
      window.removeEventListener('scroll', fitPanel);
    };
  }, [ref]);
}
