// Afterdesk: the dialog idiom (htmx loads a form into #dialog-content, this shows it), clickable
// list rows, and the small behaviours pages ask for by data attributes (no inline handlers: the
// Content-Security-Policy allows scripts from our own files only).
//
// The dialog is named by its title, keeps the keyboard inside while open (Tab and Shift+Tab cycle
// through its controls), gives focus back to the control that opened it when it closes, and keeps
// focus on the control that redrew it (a select whose change reloads the dialog).
(function () {
  let opener = null;
  let openerId = null;
  let redrawFocus = null;

  function dialog() {
    return document.getElementById('dialog');
  }

  function dialogContent() {
    return document.getElementById('dialog-content');
  }

  function isDialogContent(target) {
    return target != null && target.id === 'dialog-content';
  }

  function focusables(container) {
    const selector = 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])';
    return Array.from(container.querySelectorAll(selector)).filter(function (element) {
      return !element.disabled && element.type !== 'hidden' && element.getClientRects().length > 0;
    });
  }

  // Who opened the dialog: a request into the dialog from outside it.
  document.addEventListener('htmx:beforeRequest', function (event) {
    const element = event.detail.elt;
    if (isDialogContent(event.detail.target) && !dialog().contains(element)) {
      opener = element;
      openerId = element.id || null;
    }
  });

  // A redraw from inside the dialog: remember the control that had the focus.
  document.addEventListener('htmx:beforeSwap', function (event) {
    const active = document.activeElement;
    redrawFocus = null;
    if (isDialogContent(event.detail.target) && active && dialogContent().contains(active)) {
      redrawFocus = { id: active.id || null, name: active.getAttribute('name') };
    }
  });

  document.addEventListener('htmx:afterSwap', function (event) {
    if (!isDialogContent(event.detail.target)) {
      return;
    }
    const title = dialogContent().querySelector('.modal-title');
    if (title) {
      if (!title.id) {
        title.id = 'dialog-title';
      }
      dialog().setAttribute('aria-labelledby', title.id);
    }
    bootstrap.Modal.getOrCreateInstance(dialog()).show();
  });

  document.addEventListener('htmx:afterSettle', function (event) {
    if (!isDialogContent(event.detail.target) || redrawFocus == null) {
      return;
    }
    const content = dialogContent();
    let control = null;
    if (redrawFocus.id) {
      control = content.querySelector('[id="' + CSS.escape(redrawFocus.id) + '"]');
    }
    if (control == null && redrawFocus.name) {
      control = content.querySelector('[name="' + CSS.escape(redrawFocus.name) + '"]');
    }
    redrawFocus = null;
    if (control != null && document.activeElement !== control) {
      control.focus();
    }
  });

  // Tab past the last control comes back to the first one, Shift+Tab before the first to the last.
  document.addEventListener('keydown', function (event) {
    const modal = dialog();
    if (event.key !== 'Tab' || modal == null || !modal.classList.contains('show')) {
      return;
    }
    const controls = focusables(modal);
    if (controls.length === 0) {
      event.preventDefault();
      return;
    }
    const first = controls[0];
    const last = controls[controls.length - 1];
    const active = document.activeElement;
    const inside = modal.contains(active);
    if (event.shiftKey && (!inside || active === first || active === modal)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (!inside || active === last)) {
      event.preventDefault();
      first.focus();
    }
  });

  // Closing (Escape, Cancel, the close button) gives focus back to the opener.
  document.addEventListener('hidden.bs.modal', function (event) {
    if (event.target !== dialog()) {
      return;
    }
    let target = opener;
    if ((target == null || !target.isConnected) && openerId) {
      target = document.getElementById(openerId);
    }
    opener = null;
    openerId = null;
    if (target != null && target.isConnected) {
      target.focus();
    }
  });

  document.addEventListener('closeDialog', function () {
    const modal = bootstrap.Modal.getInstance(dialog());
    if (modal) { modal.hide(); }
  });
})();

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
