// Starts the app. This is a file rather than Trunk's inline loader so that the page's
// Content-Security-Policy can forbid inline scripts; Trunk fills in the hashed names.
const tag = document.querySelector('script[data-wasm]');
const base = tag.dataset.base;
// The page is already readable: let it paint before the app's download competes with
// it. Until the app takes over, links and the search form work as plain HTML, and what
// the reader types, opens or scrolls is carried over when it does. The browser reports
// the first contentful paint once that frame is on screen (a frame requested is not yet
// one shown); without paint timing, the frame after the next animation frame will do.
// (A tab opened in the background paints nothing; it starts the app a second later. The
// offline shell has nothing to paint: the app starts at once.)
await new Promise((painted) => {
  if (!document.getElementById('app')?.firstElementChild) {
    painted();
  } else if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    new PerformanceObserver((list, observer) => {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      painted();
    }).observe({ type: 'paint', buffered: true });
  } else {
    requestAnimationFrame(() => setTimeout(painted, 0));
  }
  setTimeout(painted, 1000);
});
const { default: init } = await import(tag.dataset.js);
await init({ module_or_path: tag.dataset.wasm });
// Tells tests (and curious readers) that the app has taken over the page.
document.documentElement.dataset.app = 'ready';
performance.mark('app-ready');

// Offline support: the service worker keeps the app and every page read, and renders
// any other route from the app itself.
if ('serviceWorker' in navigator) {
  const hadController = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // The first install takes control silently; a later one means a new deploy.
    if (hadController) showUpdateNotice();
  });
  navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch((error) => {
    console.warn('4xx Guide works online only: the service worker did not register.', error);
  });
}

function showUpdateNotice() {
  if (document.querySelector('.update-notice')) return;
  const notice = document.createElement('div');
  notice.className = 'update-notice';
  notice.setAttribute('role', 'status');
  const text = document.createElement('span');
  text.textContent = 'The guide was updated.';
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.textContent = 'Reload';
  reload.addEventListener('click', () => location.reload());
  const dismiss = document.createElement('button');
  dismiss.type = 'button';
  dismiss.textContent = 'Later';
  dismiss.addEventListener('click', () => notice.remove());
  notice.append(text, reload, dismiss);
  document.body.append(notice);
}
