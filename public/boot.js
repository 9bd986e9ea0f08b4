// Starts the app. The page's inline script adds this file once the page has painted;
// Trunk writes the app's hashed names into the <template id="app-boot"> it reads.
// Until the app takes over, links and the search form work as plain HTML, and what the
// reader types, opens or scrolls is carried over when it does.
const tag = document.getElementById('app-boot');
const base = tag.dataset.base;
const { default: init } = await import(tag.dataset.js);
// The app takes over the page a few tasks later, and then sets data-app="ready" on <html>.
await init({ module_or_path: tag.dataset.wasm });

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
