// A code block wider than the page scrolls sideways; a reader without a mouse
// can scroll it only if it can take the focus. So each block that overflows
// gets tabindex="0" (in the reading order: just before its copy button), and
// loses it when it fits again: the window is widened, or a tab that was
// hidden is shown. Blocks that fit are not made focusable, so the Tab key
// does not stop on every example.
(() => {
  const MARK = "importdemoScrolls";

  function update(block) {
    const overflows =
      block.scrollWidth > block.clientWidth || block.scrollHeight > block.clientHeight;
    if (overflows && !block.hasAttribute("tabindex")) {
      block.tabIndex = 0;
      block.dataset[MARK] = "";
    } else if (!overflows && block.dataset[MARK] !== undefined) {
      block.removeAttribute("tabindex");
      delete block.dataset[MARK];
    }
  }

  function start() {
    const blocks = document.querySelectorAll("div.highlight > pre");
    blocks.forEach(update);
    if (!("ResizeObserver" in window)) return;
    const observer = new ResizeObserver((entries) => {
      for (const entry of entries) update(entry.target);
    });
    blocks.forEach((block) => observer.observe(block));
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
