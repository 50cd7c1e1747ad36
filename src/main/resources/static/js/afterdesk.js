// Afterdesk: the dialog idiom (htmx loads a form into #dialog-content, this shows it) and
// clickable list rows.
document.addEventListener('htmx:afterSwap', function (event) {
  if (event.detail.target.id === 'dialog-content') {
    bootstrap.Modal.getOrCreateInstance(document.getElementById('dialog')).show();
  }
});
document.addEventListener('closeDialog', function () {
  const dialog = bootstrap.Modal.getInstance(document.getElementById('dialog'));
  if (dialog) { dialog.hide(); }
});
document.addEventListener('click', function (event) {
  const row = event.target.closest('tr[data-href]');
  if (row && !event.target.closest('a, button, input, label')) {
    window.location = row.dataset.href;
  }
});
