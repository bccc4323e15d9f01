// Shared by the operator dashboard and the watch page. Plain script, no build step.
// Everything shown is set with textContent (never innerHTML): session ids, addresses and error
// texts come from strangers.
'use strict';
(function () {
  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  function setText(id, text) {
    const node = document.getElementById(id);
    if (node) node.textContent = String(text);
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  /** A table body from rows of cell texts (every cell as text). */
  function fillRows(tbody, rows) {
    clear(tbody);
    for (const cells of rows) {
      const tr = el('tr');
      for (const cell of cells) tr.appendChild(el('td', cell));
      tbody.appendChild(tr);
    }
  }

  const ZERO = '0x0000000000000000000000000000000000000000';

  /** A decimal string of smallest units, as a decimal with `decimals` places, trailing zeros cut. */
  function formatUnits(value, decimals) {
    let digits = BigInt(value).toString();
    const negative = digits.startsWith('-');
    if (negative) digits = digits.slice(1);
    digits = digits.padStart(decimals + 1, '0');
    const whole = digits.slice(0, digits.length - decimals);
    const fraction = digits.slice(digits.length - decimals).replace(/0+$/, '');
    return (negative ? '-' : '') + whole + (fraction ? '.' + fraction : '');
  }

  /** ETH amounts in ETH; a token's in its smallest units (its decimals are not known here). */
  function formatAmount(token, value) {
    if (!token || token.toLowerCase() === ZERO) return formatUnits(value, 18) + ' ETH';
    return String(value) + ' units of ' + token;
  }

  function ago(ms, now) {
    const s = Math.round((now - ms) / 1000);
    if (s < 60) return s + ' s ago';
    if (s < 3600) return Math.round(s / 60) + ' min ago';
    return Math.round(s / 3600) + ' h ago';
  }

  function until(ms, now) {
    const s = Math.round((ms - now) / 1000);
    if (s < 0) return 'expired ' + ago(ms, now);
    if (s < 120) return 'in ' + s + ' s';
    if (s < 7200) return 'in ' + Math.round(s / 60) + ' min';
    if (s < 172800) return 'in ' + Math.round(s / 3600) + ' h';
    return 'in ' + Math.round(s / 86400) + ' days';
  }

  async function login(token) {
    const answer = await fetch('/login', { method: 'POST', headers: { Authorization: 'Bearer ' + token }, credentials: 'same-origin' });
    return answer.status === 204;
  }

  /**
   * Logs in with the token of the URL fragment (then removes it from the address bar and history),
   * or with the form; then polls `path` every `intervalMs` and hands each answer to `render`.
   */
  function start(path, intervalMs, render) {
    const form = document.getElementById('login');
    const status = document.getElementById('status');
    let timer;
    let delay = intervalMs;
    async function tick() {
      let answer;
      try {
        answer = await fetch(typeof path === 'function' ? path() : path, { credentials: 'same-origin', cache: 'no-store' });
      } catch (error) {
        status.textContent = 'cannot reach the server (' + String(error && error.message) + '); retrying';
        delay = Math.min(delay * 2, 10000);
        timer = setTimeout(tick, delay);
        return;
      }
      if (answer.status === 401) {
        form.hidden = false;
        status.textContent = 'log in with the token';
        return;
      }
      delay = intervalMs;
      form.hidden = true;
      try {
        render(await answer.json());
        status.textContent = 'updated ' + new Date().toLocaleTimeString();
      } catch (error) {
        status.textContent = 'cannot show the answer: ' + String(error && error.message);
      }
      timer = setTimeout(tick, delay);
    }
    form.addEventListener('submit', async function (event) {
      event.preventDefault();
      const input = form.querySelector('input');
      const ok = await login(input.value.trim());
      input.value = '';
      if (!ok) {
        status.textContent = 'wrong token';
        return;
      }
      clearTimeout(timer);
      tick();
    });
    const fragment = new URLSearchParams(location.hash.slice(1));
    const token = fragment.get('token');
    if (token) {
      history.replaceState(null, '', location.pathname);
      login(token).then(function (ok) {
        if (!ok) status.textContent = 'the token in the link is wrong';
        tick();
      });
    } else {
      tick();
    }
  }

  window.airtnt = { el, setText, clear, fillRows, formatUnits, formatAmount, ago, until, start, ZERO };
})();
