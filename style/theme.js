// Applies the reader's theme choice before the first paint, so a page never flashes in
// the wrong colours. A classic script in <head>, external so the CSP forbids inline ones.
// The switch in the footer sets the same key; "system" (or nothing) follows the system.
(function () {
  try {
    var theme = localStorage.getItem('theme');
    if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
  } catch (e) {
    // Storage can be off (private modes, policies): the system theme applies.
  }
})();
