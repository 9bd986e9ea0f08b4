// Starts the app. This is a file rather than Trunk's inline loader so that the page's
// Content-Security-Policy can forbid inline scripts; Trunk fills in the hashed names.
const tag = document.querySelector('script[data-wasm]');
const { default: init } = await import(tag.dataset.js);
await init({ module_or_path: tag.dataset.wasm });
