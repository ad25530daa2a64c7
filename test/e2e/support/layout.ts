import type { Page } from './test';

/**
 * Waits two frames: what was laid out after the last change is what is measured next. The
 * page's own globals are reached through an element, since the Node side has no DOM types.
 */
export async function laidOut(page: Page): Promise<void> {
  await page.locator('body').evaluate(
    (b) =>
      new Promise((resolve) => {
        const view = b.ownerDocument.defaultView!;
        view.requestAnimationFrame(() => view.requestAnimationFrame(resolve));
      }),
  );
}

/**
 * Boxes whose text is cut off or spills out: a button, header cell, label or cell whose content
 * is wider or taller than the box while the box hides the rest without saying so (no "…"), and
 * a table, screen or window that scrolls sideways. Scrolling boxes scroll by design and are left alone.
 */
export async function clippedBoxes(page: Page): Promise<string[]> {
  await laidOut(page);
  return page.locator('body').evaluate((b) => {
    type Box = typeof b;
    const doc = b.ownerDocument;
    const view = doc.defaultView!;
    const shown = (e: Box) =>
      e.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) &&
      e.getClientRects().length > 0;
    const describe = (e: Box) => {
      const name = e.getAttribute('aria-label') ?? e.innerText ?? '';
      const cls = e.getAttribute('class');
      return `<${e.tagName.toLowerCase()}${cls ? `.${cls.split(' ').join('.')}` : ''}> “${name
        .trim()
        .replace(/\s+/g, ' ')
        .slice(0, 60)}”`;
    };
    const out: string[] = [];
    const boxes = b.querySelectorAll<Box>(
      'button, [role=tab], th, td, [role=columnheader], [role=gridcell], [role=rowheader], label, h1, h2, h3, select, .toolbar, .screen-header, .dialog-footer, .card, .notices, dialog, main',
    );
    for (const e of boxes) {
      if (!shown(e)) continue;
      const style = view.getComputedStyle(e);
      if (style.display === 'inline' || style.display === 'contents') continue;
      const scrolls = (v: string) => v === 'auto' || v === 'scroll';
      const ellipsis = style.textOverflow === 'ellipsis' || style.webkitLineClamp !== 'none';
      if (!scrolls(style.overflowX) && !ellipsis && e.scrollWidth > e.clientWidth + 1)
        out.push(`${describe(e)} is ${e.scrollWidth}px wide in ${e.clientWidth}px`);
      if (
        style.overflowY !== 'visible' &&
        !scrolls(style.overflowY) &&
        !ellipsis &&
        e.scrollHeight > e.clientHeight + 1
      )
        out.push(`${describe(e)} is ${e.scrollHeight}px tall in ${e.clientHeight}px`);
    }
    // A table that scrolls sideways hides its last columns behind the edge of its box: at the
    // full size every table fits; in a smaller window a wide table scrolls within its box.
    if (view.innerWidth >= 1280)
      for (const e of b.querySelectorAll<Box>('.table-wrap'))
        if (shown(e) && e.scrollWidth > e.clientWidth + 1)
          out.push(
            `${describe(e).slice(0, 80)} scrolls sideways: ${e.scrollWidth}px in ${e.clientWidth}px`,
          );
    if (doc.documentElement.scrollWidth > view.innerWidth)
      out.push(`the window scrolls sideways: ${doc.documentElement.scrollWidth}px`);
    return out;
  });
}
