(function () {
  'use strict';
  var filter = document.getElementById('filter');
  var severity = document.getElementById('severity-filter');
  var area = document.getElementById('area-filter');
  var shown = document.getElementById('shown-count');
  var rows = Array.prototype.slice.call(document.querySelectorAll('#findings-table tbody tr.finding'));
  var texts = rows.map(function (row) { return row.textContent.toLowerCase(); });
  function apply() {
    var query = filter.value.trim().toLowerCase();
    var count = 0;
    for (var i = 0; i < rows.length; i++) {
      var row = rows[i];
      var visible = (!severity.value || row.getAttribute('data-severity') === severity.value)
          && (!area.value || row.getAttribute('data-area') === area.value)
          && (!query || texts[i].indexOf(query) >= 0);
      row.hidden = !visible;
      if (visible) {
        count++;
      }
    }
    shown.textContent = String(count);
  }
  filter.addEventListener('input', apply);
  severity.addEventListener('change', apply);
  area.addEventListener('change', apply);
  Array.prototype.forEach.call(document.querySelectorAll('#summary-table tbody tr[data-area]'), function (row) {
    row.addEventListener('click', function () {
      area.value = row.getAttribute('data-area');
      apply();
      document.getElementById('findings').scrollIntoView();
    });
  });
  apply();
}());
