// The watch page of `airtnt run ... --watch`: polls /api/state and draws progress and the grid.
'use strict';
(function () {
  const a = window.airtnt;
  let gridVersion = -1;

  function drawGrid(grid) {
    const canvas = document.getElementById('grid');
    const scale = Math.max(1, Math.floor(Math.min(600 / grid.width, 600 / grid.height)));
    canvas.width = grid.width * scale;
    canvas.height = grid.height * scale;
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.fillStyle = '#1d2330';
    const bytes = Uint8Array.from(atob(grid.rows), function (c) { return c.charCodeAt(0); });
    const rowBytes = Math.ceil(grid.width / 8);
    let alive = 0;
    for (let y = 0; y < grid.height; y++) {
      for (let x = 0; x < grid.width; x++) {
        if ((bytes[y * rowBytes + (x >> 3)] >> (x & 7)) & 1) {
          ctx.fillRect(x * scale, y * scale, scale, scale);
          alive++;
        }
      }
    }
    canvas.dataset.alive = String(alive);
    a.setText('grid-note', grid.width + ' x ' + grid.height + ', ' + alive + ' alive');
  }

  function render(s) {
    a.setText('run-id', s.runId || '-');
    a.setText('run-status', s.status);
    a.setText('rounds', s.rounds + ' / ' + s.totalRounds);
    a.setText('cycles', s.cyclesDone + ' / ' + s.totalCycles);
    a.setText('paid', a.formatAmount(s.token, s.paid));
    a.setText('spent', a.formatAmount(s.token, s.runSpent));
    a.setText('executor', s.executor || '-');
    a.setText('error', s.error || '');
    const bar = document.getElementById('progress');
    bar.max = s.totalCycles;
    bar.value = s.cyclesDone;
    a.fillRows(document.getElementById('round-list'), s.history.slice(-50).reverse().map(function (r) {
      return [r.round, r.executor, r.keyFrom, r.cyclesDone, a.formatAmount(s.token, r.paid)];
    }));
    if (s.grid) {
      gridVersion = s.gridVersion;
      drawGrid(s.grid);
    } else if (s.gridNote) {
      a.setText('grid-note', s.gridNote);
    }
    document.body.dataset.status = s.status;
  }

  document.addEventListener('DOMContentLoaded', function () {
    a.start(function () { return '/api/state?grid=' + gridVersion; }, 300, render);
  });
})();
