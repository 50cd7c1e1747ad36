// Afterdesk: the dialog idiom (htmx loads a form into #dialog-content, this shows it), clickable
// list rows, and the small behaviours pages ask for by data attributes (no inline handlers: the
// Content-Security-Policy allows scripts from our own files only).
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
// <select data-autosubmit>: a filter that applies as soon as it changes.
document.addEventListener('change', function (event) {
  const field = event.target.closest('[data-autosubmit]');
  if (field && field.form) {
    field.form.submit();
  }
});
// <button data-confirm="Are you sure?">: asks before the action.
document.addEventListener('click', function (event) {
  const button = event.target.closest('[data-confirm]');
  if (button && !window.confirm(button.dataset.confirm)) {
    event.preventDefault();
    event.stopImmediatePropagation();
  }
}, true);
// <button data-copy-from="id">: copies the value of that field.
document.addEventListener('click', function (event) {
  const button = event.target.closest('[data-copy-from]');
  if (button) {
    const source = document.getElementById(button.dataset.copyFrom);
    if (source && navigator.clipboard) {
      navigator.clipboard.writeText(source.value);
    }
    button.classList.add('btn-success');
  }
});
// The return dialog: a removed line returns nothing.
document.addEventListener('click', function (event) {
  const button = event.target.closest('[data-return-remove]');
  if (button) {
    const row = button.closest('tr');
    row.querySelector('.return-qty').value = '0';
    row.classList.add('text-decoration-line-through');
  }
});
