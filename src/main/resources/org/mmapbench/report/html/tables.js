// mmapbench report: sort a table by clicking a column header, filter its rows by typed text.
// Inline, no network, no framework; without scripts every table is shown complete.
(function () {
  'use strict';
  function key(cell) {
    var t = cell.textContent.trim();
    var n = parseFloat(t.replace(/,/g, ''));
    return isNaN(n) ? t.toLowerCase() : n;
  }
  function compare(a, b) {
    if (typeof a === typeof b) { return a < b ? -1 : a > b ? 1 : 0; }
    return typeof a === 'number' ? -1 : 1;
  }
  function setUp(table) {
    var rows = Array.prototype.slice.call(table.rows);
    if (rows.length < 3) { return; }
    var head = rows.shift();
    var body = head.parentNode;
    var order = {col: -1, dir: 1};
    Array.prototype.forEach.call(head.cells, function (th, col) {
      th.tabIndex = 0;
      th.title = 'sort by ' + th.textContent;
      th.style.cursor = 'pointer';
      function sort() {
        order.dir = order.col === col ? -order.dir : 1;
        order.col = col;
        rows.sort(function (a, b) {
          return order.dir * compare(key(a.cells[col] || a), key(b.cells[col] || b));
        });
        rows.forEach(function (r) { body.appendChild(r); });
        Array.prototype.forEach.call(head.cells, function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', order.dir > 0 ? 'ascending' : 'descending');
      }
      th.addEventListener('click', sort);
      th.addEventListener('keydown', function (e) { if (e.key === 'Enter') { sort(); } });
    });
    var input = document.createElement('input');
    input.type = 'search';
    input.placeholder = 'filter rows';
    input.setAttribute('aria-label', 'filter the rows of the next table');
    input.className = 'filter';
    input.addEventListener('input', function () {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      rows.forEach(function (r) {
        var text = r.textContent.toLowerCase();
        r.hidden = !words.every(function (w) { return text.indexOf(w) >= 0; });
      });
    });
    table.parentNode.insertBefore(input, table);
  }
  Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), setUp);
}());
