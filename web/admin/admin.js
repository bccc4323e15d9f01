// The operator dashboard: polls /api/state once a second and redraws. Every value is set as text.
'use strict';
(function () {
  const a = window.airtnt;
  const COLORS = ['#2b6cb0', '#c05621', '#2f855a', '#6b46c1', '#b83280'];
  const MAX_HISTORY = 600;
  // Earnings samples kept here: each poll asks only for the ones newer than the last.
  const history = [];

  function short(hex) {
    const text = String(hex);
    return text.length > 18 ? text.slice(0, 10) + '…' + text.slice(-6) : text;
  }

  function tokenLabel(token) {
    return token.toLowerCase() === a.ZERO ? 'ETH' : token;
  }

  function drawChart(canvas, history) {
    const ctx = canvas.getContext('2d');
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    if (history.length < 2) return;
    const tokens = new Set();
    for (const point of history) for (const token of Object.keys(point.earned)) tokens.add(token);
    const t0 = history[0].t;
    const t1 = history[history.length - 1].t;
    let index = 0;
    for (const token of tokens) {
      // Plotted as floats: a chart needs the shape, the table beside it has the exact amounts.
      const values = history.map(function (p) { return Number(p.earned[token] || '0'); });
      const max = Math.max.apply(null, values) || 1;
      ctx.strokeStyle = COLORS[index++ % COLORS.length];
      ctx.lineWidth = 2;
      ctx.beginPath();
      history.forEach(function (p, i) {
        const x = ((p.t - t0) / Math.max(1, t1 - t0)) * (canvas.width - 10) + 5;
        const y = canvas.height - 5 - (values[i] / max) * (canvas.height - 10);
        if (i === 0) ctx.moveTo(x, y);
        else ctx.lineTo(x, y);
      });
      ctx.stroke();
      // The scale of each line, in its colour (canvas text is drawn, never parsed).
      ctx.fillStyle = ctx.strokeStyle;
      ctx.font = '11px system-ui, sans-serif';
      ctx.fillText(tokenLabel(token) + ' max ' + a.formatAmount(token, BigInt(Math.round(max)).toString()), 8, 14 + 13 * (index - 1));
    }
  }

  function render(s) {
    const now = s.now;
    a.setText('executor-address', s.executor);
    a.setText('executor-url', 'serving ' + s.url + ' on chain ' + s.chainId);
    a.setText('active-sessions', s.totals.activeSessions);
    a.setText('sessions', s.totals.sessions);
    a.setText('rounds', s.totals.rounds);
    a.setText('sessions-rate', s.rates.sessionsPerSecond.toFixed(2));
    a.setText('rounds-rate', s.rates.roundsPerSecond.toFixed(2));
    a.setText('keys-released', s.totals.keysReleased);
    a.setText('connections-refused', s.totals.connectionsRefused);

    const earned = Object.entries(s.earned);
    a.fillRows(document.getElementById('earned'), earned.length === 0
      ? [['-', 'nothing yet', '0']]
      : earned.map(function (e) { return [tokenLabel(e[0]), a.formatAmount(e[0], e[1]), e[1]]; }));
    for (const point of s.earnedHistory) history.push(point);
    if (history.length > MAX_HISTORY) history.splice(0, history.length - MAX_HISTORY);
    drawChart(document.getElementById('earned-chart'), history);

    a.setText('collect-queue', s.collector.queue);
    a.setText('collect-unconfirmed', s.collector.unconfirmed);
    a.fillRows(document.getElementById('collects'), s.collector.recent.slice().reverse().map(function (c) {
      return [a.ago(c.at, now), c.status, short(c.channelId), c.detail];
    }));

    a.fillRows(document.getElementById('channels'), s.channels.map(function (c) {
      return [short(c.channelId), short(c.requester), tokenLabel(c.token), a.formatAmount(c.token, c.paid), a.formatAmount(c.token, c.collected), c.collect, a.until(c.expiry * 1000, now), c.active ? 'yes' : ''];
    }));

    a.fillRows(document.getElementById('sessions-list'), s.sessions.map(function (x) {
      return [x.sessionId, x.requester, a.ago(x.openedAt, now), x.live ? 'live' : (x.endReason || 'ended'), x.bytesReceived + ' / ' + x.bytesSent];
    }));

    const e = s.enclave;
    a.fillRows(document.getElementById('enclave'), [
      ['TEE', e.tee + (e.insecure ? ' (INSECURE: simulated, development only)' : '')],
      ['health', e.healthy ? 'ok' : 'rounds failing'],
      ['last round', e.lastRoundAt === null ? 'none since start' : a.ago(e.lastRoundAt, now)],
      ['rounds failed', e.roundsFailed],
      ['price per cycle', a.formatAmount(a.ZERO, e.pricePerCycle)],
      ['min deposit', a.formatAmount(a.ZERO, e.minDeposit)],
      ['max cycles per round', e.limits.maxCyclesPerRound],
      ['min channel seconds', e.limits.minChannelSeconds],
      ['max frame bytes', e.limits.maxFrameBytes],
      ['max state bytes', e.limits.maxStateBytes],
      ['functions', e.functions.length],
    ]);
    const health = document.querySelector('#enclave tr:nth-child(2) td:nth-child(2)');
    if (health) health.className = e.healthy ? 'good' : 'bad';

    const v = s.evidence;
    const c = s.collateral;
    a.fillRows(document.getElementById('evidence'), [
      ['kind', v.kind],
      ['quote', v.quoteBytes + ' bytes, sha256 ' + short(v.quoteSha256)],
      ['runtime measurement', short(v.runtimeMeasurement)],
      ['signing key', short(v.signingPublicKey)],
      ['collateral', c.served ? 'served' : 'not served' + (c.reason ? ' (' + c.reason + ')' : '')],
      ['collateral expires', c.expiresAt ? new Date(c.expiresAt).toISOString() + ' (' + a.until(c.expiresAt, now) + ')' : '-'],
    ]);

    a.fillRows(document.getElementById('failures'), s.failures.slice().reverse().map(function (f) {
      return [a.ago(f.at, now), f.code, f.opened ? 'in session' : 'at opening', f.text];
    }));
    document.body.dataset.rounds = String(s.totals.rounds);
  }

  document.addEventListener('DOMContentLoaded', function () {
    a.start(function () { return '/api/state?since=' + (history.length ? history[history.length - 1].t : 0); }, 1000, render);
  });
})();
