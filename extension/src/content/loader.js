// Content scripts cannot be ES modules, so this classic script loads them. It registers the send-guard listeners itself,
// synchronously at document_start, so that they run before any listener the page adds; the modules fill them in.
(() => {
  const guardHandlers = {};
  for (const type of ['keydown', 'click'])
    window.addEventListener(type, (event) => guardHandlers[type]?.(event), true);
  import(chrome.runtime.getURL('src/content/main.js')).then((main) => main.start(guardHandlers));
})();
