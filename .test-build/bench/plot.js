import { AirtntError } from "../util/errors.js";
const PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"];
const MARGIN = { left: 78, right: 230, top: 56, bottom: 58 };
function renderSvg(spec) {
  const width = spec.width ?? 760;
  const height = spec.height ?? 440;
  const frame = {
    left: MARGIN.left,
    top: MARGIN.top,
    width: width - MARGIN.left - MARGIN.right,
    height: height - MARGIN.top - MARGIN.bottom
  };
  const xs = spec.series.flatMap((s) => s.points.map((p) => p.x));
  const ys = [...spec.series.flatMap((s) => s.points.map((p) => p.y)), ...(spec.references ?? []).map((r) => r.y)];
  const xScale = makeScale(spec.x, xs, [frame.left, frame.left + frame.width]);
  const yScale = makeScale(spec.y, ys, [frame.top + frame.height, frame.top]);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, sans-serif" font-size="12">`,
    `<title>${escapeXml(spec.title)}</title>`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${frame.left}" y="22" font-size="15" font-weight="bold">${escapeXml(spec.title)}</text>`
  ];
  if (spec.subtitle) parts.push(`<text x="${frame.left}" y="40" fill="#555555">${escapeXml(spec.subtitle)}</text>`);
  parts.push(...renderGrid(frame, xScale, yScale), ...renderAxes(frame, spec, xScale, yScale));
  for (const reference of spec.references ?? []) parts.push(renderReference(frame, yScale, reference));
  for (const series of spec.series) parts.push(...renderSeries(series, xScale, yScale, spec));
  parts.push(renderLegend(frame, spec));
  parts.push("</svg>");
  return `${parts.join("\n")}
`;
}
function makeScale(axis, data, range) {
  const usable = data.filter((v) => Number.isFinite(v) && (axis.scale === "linear" || v > 0));
  let low = axis.min ?? (usable.length > 0 ? Math.min(...usable) : axis.scale === "log" ? 1 : 0);
  let high = axis.max ?? (usable.length > 0 ? Math.max(...usable) : axis.scale === "log" ? 10 : 1);
  if (axis.scale === "log") {
    if (!(low > 0 && high > 0)) {
      throw new AirtntError("PLOT_BAD_LOG_DOMAIN", `a log axis needs a positive domain, got [${low}, ${high}]`, {
        details: { axis: axis.label, low, high }
      });
    }
    if (axis.min === void 0) low = 10 ** Math.floor(Math.log10(low));
    if (axis.max === void 0) high = 10 ** Math.ceil(Math.log10(high));
    if (high <= low) high = low * 10;
    const [lo, hi] = [Math.log10(low), Math.log10(high)];
    const project2 = (value) => range[0] + (Math.log10(value) - lo) / (hi - lo) * (range[1] - range[0]);
    return { project: project2, ticks: logTicks(low, high), domain: [low, high] };
  }
  if (axis.min === void 0 && low > 0 && low < high * 0.5) low = 0;
  if (high <= low) high = low + (low === 0 ? 1 : Math.abs(low));
  const ticks = linearTicks(low, high);
  if (axis.min === void 0) low = Math.min(low, ticks[0].value);
  if (axis.max === void 0) high = Math.max(high, ticks[ticks.length - 1].value);
  const project = (value) => range[0] + (value - low) / (high - low) * (range[1] - range[0]);
  return { project, ticks: ticks.filter((t) => t.value >= low && t.value <= high), domain: [low, high] };
}
function linearTicks(min, max, target = 6) {
  if (!(Number.isFinite(min) && Number.isFinite(max) && max > min)) {
    throw new AirtntError("PLOT_BAD_DOMAIN", `linear ticks need min < max, got [${min}, ${max}]`);
  }
  const rough = (max - min) / target;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough * (1 - 1e-9)) ?? 10 * power;
  const first = Math.floor(min / step + 1e-9);
  const last = Math.ceil(max / step - 1e-9);
  const ticks = [];
  for (let index = first; index <= last; index++) {
    const clean = Number((index * step).toPrecision(12));
    ticks.push({ value: clean, label: formatNumber(clean), major: true });
  }
  return ticks;
}
function logTicks(min, max) {
  if (!(min > 0 && max > min)) {
    throw new AirtntError("PLOT_BAD_LOG_DOMAIN", `log ticks need 0 < min < max, got [${min}, ${max}]`);
  }
  const fewDecades = Math.log10(max / min) <= 2 + 1e-9;
  const ticks = [];
  for (let exponent = Math.floor(Math.log10(min)); exponent <= Math.ceil(Math.log10(max)); exponent++) {
    for (let mantissa = 1; mantissa <= 9; mantissa++) {
      const value = Number((mantissa * 10 ** exponent).toPrecision(12));
      if (value < min * (1 - 1e-9) || value > max * (1 + 1e-9)) continue;
      const major = mantissa === 1;
      const labelled = major || fewDecades && (mantissa === 2 || mantissa === 5);
      ticks.push({ value, label: labelled ? formatNumber(value) : "", major });
    }
  }
  return ticks;
}
function formatNumber(value) {
  const magnitude = Math.abs(value);
  const units = [
    [1e9, "G"],
    [1e6, "M"],
    [1e3, "k"]
  ];
  for (const [size, suffix] of units) {
    if (magnitude >= size) return `${Number((value / size).toPrecision(3))}${suffix}`;
  }
  return `${Number(value.toPrecision(3))}`;
}
function renderGrid(frame, xScale, yScale) {
  const lines = [];
  for (const tick of xScale.ticks) {
    const x = fixed(xScale.project(tick.value));
    lines.push(`<line x1="${x}" y1="${frame.top}" x2="${x}" y2="${frame.top + frame.height}" stroke="${tick.major ? "#dddddd" : "#f0f0f0"}"/>`);
  }
  for (const tick of yScale.ticks) {
    const y = fixed(yScale.project(tick.value));
    lines.push(`<line x1="${frame.left}" y1="${y}" x2="${frame.left + frame.width}" y2="${y}" stroke="${tick.major ? "#dddddd" : "#f0f0f0"}"/>`);
  }
  return lines;
}
function renderAxes(frame, spec, xScale, yScale) {
  const bottom = frame.top + frame.height;
  const out = [
    `<rect class="frame" x="${frame.left}" y="${frame.top}" width="${frame.width}" height="${frame.height}" fill="none" stroke="#333333"/>`
  ];
  for (const tick of xScale.ticks) {
    const x = fixed(xScale.project(tick.value));
    out.push(`<line x1="${x}" y1="${bottom}" x2="${x}" y2="${bottom + (tick.major ? 6 : 3)}" stroke="#333333"/>`);
    if (tick.label) out.push(`<text class="tick" x="${x}" y="${bottom + 19}" text-anchor="middle">${escapeXml(tick.label)}</text>`);
  }
  for (const tick of yScale.ticks) {
    const y = fixed(yScale.project(tick.value));
    out.push(`<line x1="${frame.left - (tick.major ? 6 : 3)}" y1="${y}" x2="${frame.left}" y2="${y}" stroke="#333333"/>`);
    if (tick.label) out.push(`<text class="tick" x="${frame.left - 9}" y="${fixed(y + 4)}" text-anchor="end">${escapeXml(tick.label)}</text>`);
  }
  const xLabel = spec.x.label + (spec.x.scale === "log" ? " (log)" : "");
  const yLabel = spec.y.label + (spec.y.scale === "log" ? " (log)" : "");
  const middleY = frame.top + frame.height / 2;
  out.push(`<text x="${frame.left + frame.width / 2}" y="${bottom + 42}" text-anchor="middle">${escapeXml(xLabel)}</text>`);
  out.push(`<text x="18" y="${middleY}" text-anchor="middle" transform="rotate(-90 18 ${middleY})">${escapeXml(yLabel)}</text>`);
  return out;
}
function renderReference(frame, yScale, reference) {
  const y = fixed(yScale.project(reference.y));
  return `<line class="reference" x1="${frame.left}" y1="${y}" x2="${frame.left + frame.width}" y2="${y}" stroke="${reference.color}" stroke-dasharray="2 4" stroke-width="1.5"/>`;
}
function renderSeries(series, xScale, yScale, spec) {
  const visible = series.points.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y)).filter((p) => (spec.x.scale === "linear" || p.x > 0) && (spec.y.scale === "linear" || p.y > 0)).filter((p) => inDomain(p.x, xScale) && inDomain(p.y, yScale)).map((p) => ({ x: fixed(xScale.project(p.x)), y: fixed(yScale.project(p.y)) }));
  const out = [];
  if ((series.line ?? true) && visible.length > 1) {
    const path = visible.map((p, i) => `${i === 0 ? "M" : "L"}${p.x},${p.y}`).join(" ");
    const dash = series.dashed ? ' stroke-dasharray="6 4"' : "";
    out.push(`<path d="${path}" fill="none" stroke="${series.color}" stroke-width="1.8"${dash}/>`);
  }
  for (const p of visible) out.push(renderMarker(series, p.x, p.y));
  return out;
}
function renderMarker(series, x, y, size = 4) {
  const fill = series.hollow ? "#ffffff" : series.color;
  const common = `class="point" fill="${fill}" stroke="${series.color}" stroke-width="1.5"`;
  switch (series.marker ?? "circle") {
    case "circle":
      return `<circle ${common} cx="${x}" cy="${y}" r="${size}"/>`;
    case "square":
      return `<rect ${common} x="${fixed(x - size)}" y="${fixed(y - size)}" width="${size * 2}" height="${size * 2}"/>`;
    case "triangle":
      return `<polygon ${common} points="${x},${fixed(y - size - 1)} ${fixed(x - size - 1)},${fixed(y + size)} ${fixed(x + size + 1)},${fixed(y + size)}"/>`;
    case "diamond":
      return `<polygon ${common} points="${x},${fixed(y - size - 1)} ${fixed(x + size + 1)},${y} ${x},${fixed(y + size + 1)} ${fixed(x - size - 1)},${y}"/>`;
  }
}
function renderLegend(frame, spec) {
  const left = frame.left + frame.width + 16;
  const rows = [];
  let y = frame.top + 8;
  for (const series of spec.series) {
    const dash = series.dashed ? ' stroke-dasharray="6 4"' : "";
    if (series.line ?? true) rows.push(`<line x1="${left}" y1="${y}" x2="${left + 24}" y2="${y}" stroke="${series.color}" stroke-width="1.8"${dash}/>`);
    rows.push(renderMarker(series, left + 12, y).replace('class="point"', 'class="legend-marker"'));
    rows.push(...wrapText(series.label, 28).map((line, i) => `<text x="${left + 32}" y="${y + 4 + i * 14}">${escapeXml(line)}</text>`));
    y += 14 * wrapText(series.label, 28).length + 8;
  }
  for (const reference of spec.references ?? []) {
    rows.push(`<line x1="${left}" y1="${y}" x2="${left + 24}" y2="${y}" stroke="${reference.color}" stroke-dasharray="2 4" stroke-width="1.5"/>`);
    rows.push(...wrapText(reference.label, 28).map((line, i) => `<text x="${left + 32}" y="${y + 4 + i * 14}">${escapeXml(line)}</text>`));
    y += 14 * wrapText(reference.label, 28).length + 8;
  }
  return `<g class="legend">
${rows.join("\n")}
</g>`;
}
function wrapText(text, width) {
  const lines = [];
  let current = "";
  for (const word of text.split(/\s+/)) {
    if (current !== "" && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else {
      current = current === "" ? word : `${current} ${word}`;
    }
  }
  if (current !== "") lines.push(current);
  return lines;
}
function inDomain(value, scale) {
  const [low, high] = scale.domain;
  const slack = (high - low) * 1e-9;
  return value >= low - slack && value <= high + slack;
}
function fixed(value) {
  return Math.round(value * 100) / 100;
}
function escapeXml(text) {
  return text.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]);
}
export {
  PALETTE,
  escapeXml,
  formatNumber,
  linearTicks,
  logTicks,
  renderSvg
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vc3JjL2JlbmNoL3Bsb3QudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKlxuICogQSBzbWFsbCwgZGVwZW5kZW5jeS1mcmVlIFNWRyBsaW5lL3BvaW50IHBsb3Q6IGxpbmVhciBhbmQgbG9nIChiYXNlIDEwKSBheGVzLCBcIm5pY2VcIiB0aWNrcywgYSBsZWdlbmRcbiAqIGFuZCBob3Jpem9udGFsIHJlZmVyZW5jZSBsaW5lcy4gRW5vdWdoIHRvIHJlZHJhdyB0aGUgcGFwZXIncyBmaWd1cmVzIDMtMTAgKHNlbWktbG9nIHdoZXJlIHRoZSBwYXBlclxuICogaXMpIHdpdGggb3VyIG1lZGlhbnMgYmVzaWRlIHRoZSBBaXJ0bnQgcHJvdG90eXBlJ3MuXG4gKi9cbmltcG9ydCB7IEFpcnRudEVycm9yIH0gZnJvbSAnLi4vdXRpbC9lcnJvcnMuanMnO1xuXG5leHBvcnQgdHlwZSBBeGlzU2NhbGUgPSAnbGluZWFyJyB8ICdsb2cnO1xuXG5leHBvcnQgdHlwZSBBeGlzU3BlYyA9IHtcbiAgbGFiZWw6IHN0cmluZztcbiAgc2NhbGU6IEF4aXNTY2FsZTtcbiAgLyoqIEZvcmNlZCBkb21haW4gZW5kczsgYnkgZGVmYXVsdCB0aGUgZGF0YSAoYW5kIHJlZmVyZW5jZSBsaW5lcykgZGVjaWRlLCBwYWRkZWQgdG8gbmljZSB2YWx1ZXMuICovXG4gIG1pbj86IG51bWJlcjtcbiAgbWF4PzogbnVtYmVyO1xufTtcblxuZXhwb3J0IHR5cGUgTWFya2VyID0gJ2NpcmNsZScgfCAnc3F1YXJlJyB8ICd0cmlhbmdsZScgfCAnZGlhbW9uZCc7XG5cbmV4cG9ydCB0eXBlIFBvaW50ID0geyB4OiBudW1iZXI7IHk6IG51bWJlciB9O1xuXG5leHBvcnQgdHlwZSBTZXJpZXMgPSB7XG4gIGxhYmVsOiBzdHJpbmc7XG4gIHBvaW50czogcmVhZG9ubHkgUG9pbnRbXTtcbiAgY29sb3I6IHN0cmluZztcbiAgLyoqIENvbm5lY3QgdGhlIHBvaW50cyB3aXRoIGEgbGluZSAoZGVmYXVsdCB0cnVlKTsgZmFsc2UgZHJhd3MgbWFya2VycyBvbmx5IChhbmNob3IgcG9pbnRzKS4gKi9cbiAgbGluZT86IGJvb2xlYW47XG4gIGRhc2hlZD86IGJvb2xlYW47XG4gIG1hcmtlcj86IE1hcmtlcjtcbiAgLyoqIEhvbGxvdyBtYXJrZXJzOiB1c2VkIGZvciB0aGUgQWlydG50IHByb3RvdHlwZSdzIGZpZ3VyZXMsIGZpbGxlZCBvbmVzIGZvciBvdXJzLiAqL1xuICBob2xsb3c/OiBib29sZWFuO1xufTtcblxuLyoqIEEgaG9yaXpvbnRhbCBsaW5lIGFjcm9zcyB0aGUgZnJhbWUsIGZvciBmaWd1cmVzIGdpdmVuIHdpdGhvdXQgYW4geCAoZS5nLiBcImFib3V0IDEwLjcgcyBpbiB0b3RhbFwiKS4gKi9cbmV4cG9ydCB0eXBlIFJlZmVyZW5jZUxpbmUgPSB7IGxhYmVsOiBzdHJpbmc7IHk6IG51bWJlcjsgY29sb3I6IHN0cmluZyB9O1xuXG5leHBvcnQgdHlwZSBQbG90U3BlYyA9IHtcbiAgdGl0bGU6IHN0cmluZztcbiAgc3VidGl0bGU/OiBzdHJpbmc7XG4gIHg6IEF4aXNTcGVjO1xuICB5OiBBeGlzU3BlYztcbiAgc2VyaWVzOiByZWFkb25seSBTZXJpZXNbXTtcbiAgcmVmZXJlbmNlcz86IHJlYWRvbmx5IFJlZmVyZW5jZUxpbmVbXTtcbiAgd2lkdGg/OiBudW1iZXI7XG4gIGhlaWdodD86IG51bWJlcjtcbn07XG5cbi8qKiBPa2FiZS1JdG8gcGFsZXR0ZTogZGlzdGluZ3Vpc2hhYmxlIHdpdGggdGhlIGNvbW1vbiBjb2xvdXItdmlzaW9uIGRlZmljaWVuY2llcy4gKi9cbmV4cG9ydCBjb25zdCBQQUxFVFRFID0gWycjMDA3MkIyJywgJyNENTVFMDAnLCAnIzAwOUU3MycsICcjQ0M3OUE3JywgJyNFNjlGMDAnLCAnIzU2QjRFOScsICcjMDAwMDAwJ10gYXMgY29uc3Q7XG5cbmNvbnN0IE1BUkdJTiA9IHsgbGVmdDogNzgsIHJpZ2h0OiAyMzAsIHRvcDogNTYsIGJvdHRvbTogNTggfTtcblxudHlwZSBGcmFtZSA9IHsgbGVmdDogbnVtYmVyOyB0b3A6IG51bWJlcjsgd2lkdGg6IG51bWJlcjsgaGVpZ2h0OiBudW1iZXIgfTtcbnR5cGUgU2NhbGUgPSB7IHByb2plY3Q6ICh2YWx1ZTogbnVtYmVyKSA9PiBudW1iZXI7IHRpY2tzOiBUaWNrW107IGRvbWFpbjogW251bWJlciwgbnVtYmVyXSB9O1xudHlwZSBUaWNrID0geyB2YWx1ZTogbnVtYmVyOyBsYWJlbDogc3RyaW5nOyBtYWpvcjogYm9vbGVhbiB9O1xuXG4vKiogUmVuZGVycyB0aGUgcGxvdCBhcyBhIHN0YW5kYWxvbmUgU1ZHIGRvY3VtZW50LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlbmRlclN2ZyhzcGVjOiBQbG90U3BlYyk6IHN0cmluZyB7XG4gIGNvbnN0IHdpZHRoID0gc3BlYy53aWR0aCA/PyA3NjA7XG4gIGNvbnN0IGhlaWdodCA9IHNwZWMuaGVpZ2h0ID8/IDQ0MDtcbiAgY29uc3QgZnJhbWU6IEZyYW1lID0ge1xuICAgIGxlZnQ6IE1BUkdJTi5sZWZ0LFxuICAgIHRvcDogTUFSR0lOLnRvcCxcbiAgICB3aWR0aDogd2lkdGggLSBNQVJHSU4ubGVmdCAtIE1BUkdJTi5yaWdodCxcbiAgICBoZWlnaHQ6IGhlaWdodCAtIE1BUkdJTi50b3AgLSBNQVJHSU4uYm90dG9tLFxuICB9O1xuICBjb25zdCB4cyA9IHNwZWMuc2VyaWVzLmZsYXRNYXAoKHMpID0+IHMucG9pbnRzLm1hcCgocCkgPT4gcC54KSk7XG4gIGNvbnN0IHlzID0gWy4uLnNwZWMuc2VyaWVzLmZsYXRNYXAoKHMpID0+IHMucG9pbnRzLm1hcCgocCkgPT4gcC55KSksIC4uLihzcGVjLnJlZmVyZW5jZXMgPz8gW10pLm1hcCgocikgPT4gci55KV07XG4gIGNvbnN0IHhTY2FsZSA9IG1ha2VTY2FsZShzcGVjLngsIHhzLCBbZnJhbWUubGVmdCwgZnJhbWUubGVmdCArIGZyYW1lLndpZHRoXSk7XG4gIGNvbnN0IHlTY2FsZSA9IG1ha2VTY2FsZShzcGVjLnksIHlzLCBbZnJhbWUudG9wICsgZnJhbWUuaGVpZ2h0LCBmcmFtZS50b3BdKTtcbiAgY29uc3QgcGFydHM6IHN0cmluZ1tdID0gW1xuICAgIGA8c3ZnIHhtbG5zPVwiaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmdcIiB3aWR0aD1cIiR7d2lkdGh9XCIgaGVpZ2h0PVwiJHtoZWlnaHR9XCIgdmlld0JveD1cIjAgMCAke3dpZHRofSAke2hlaWdodH1cIiBmb250LWZhbWlseT1cIkhlbHZldGljYSwgQXJpYWwsIHNhbnMtc2VyaWZcIiBmb250LXNpemU9XCIxMlwiPmAsXG4gICAgYDx0aXRsZT4ke2VzY2FwZVhtbChzcGVjLnRpdGxlKX08L3RpdGxlPmAsXG4gICAgYDxyZWN0IHg9XCIwXCIgeT1cIjBcIiB3aWR0aD1cIiR7d2lkdGh9XCIgaGVpZ2h0PVwiJHtoZWlnaHR9XCIgZmlsbD1cIiNmZmZmZmZcIi8+YCxcbiAgICBgPHRleHQgeD1cIiR7ZnJhbWUubGVmdH1cIiB5PVwiMjJcIiBmb250LXNpemU9XCIxNVwiIGZvbnQtd2VpZ2h0PVwiYm9sZFwiPiR7ZXNjYXBlWG1sKHNwZWMudGl0bGUpfTwvdGV4dD5gLFxuICBdO1xuICBpZiAoc3BlYy5zdWJ0aXRsZSkgcGFydHMucHVzaChgPHRleHQgeD1cIiR7ZnJhbWUubGVmdH1cIiB5PVwiNDBcIiBmaWxsPVwiIzU1NTU1NVwiPiR7ZXNjYXBlWG1sKHNwZWMuc3VidGl0bGUpfTwvdGV4dD5gKTtcbiAgcGFydHMucHVzaCguLi5yZW5kZXJHcmlkKGZyYW1lLCB4U2NhbGUsIHlTY2FsZSksIC4uLnJlbmRlckF4ZXMoZnJhbWUsIHNwZWMsIHhTY2FsZSwgeVNjYWxlKSk7XG4gIGZvciAoY29uc3QgcmVmZXJlbmNlIG9mIHNwZWMucmVmZXJlbmNlcyA/PyBbXSkgcGFydHMucHVzaChyZW5kZXJSZWZlcmVuY2UoZnJhbWUsIHlTY2FsZSwgcmVmZXJlbmNlKSk7XG4gIGZvciAoY29uc3Qgc2VyaWVzIG9mIHNwZWMuc2VyaWVzKSBwYXJ0cy5wdXNoKC4uLnJlbmRlclNlcmllcyhzZXJpZXMsIHhTY2FsZSwgeVNjYWxlLCBzcGVjKSk7XG4gIHBhcnRzLnB1c2gocmVuZGVyTGVnZW5kKGZyYW1lLCBzcGVjKSk7XG4gIHBhcnRzLnB1c2goJzwvc3ZnPicpO1xuICByZXR1cm4gYCR7cGFydHMuam9pbignXFxuJyl9XFxuYDtcbn1cblxuZnVuY3Rpb24gbWFrZVNjYWxlKGF4aXM6IEF4aXNTcGVjLCBkYXRhOiByZWFkb25seSBudW1iZXJbXSwgcmFuZ2U6IFtudW1iZXIsIG51bWJlcl0pOiBTY2FsZSB7XG4gIGNvbnN0IHVzYWJsZSA9IGRhdGEuZmlsdGVyKCh2KSA9PiBOdW1iZXIuaXNGaW5pdGUodikgJiYgKGF4aXMuc2NhbGUgPT09ICdsaW5lYXInIHx8IHYgPiAwKSk7XG4gIGxldCBsb3cgPSBheGlzLm1pbiA/PyAodXNhYmxlLmxlbmd0aCA+IDAgPyBNYXRoLm1pbiguLi51c2FibGUpIDogYXhpcy5zY2FsZSA9PT0gJ2xvZycgPyAxIDogMCk7XG4gIGxldCBoaWdoID0gYXhpcy5tYXggPz8gKHVzYWJsZS5sZW5ndGggPiAwID8gTWF0aC5tYXgoLi4udXNhYmxlKSA6IGF4aXMuc2NhbGUgPT09ICdsb2cnID8gMTAgOiAxKTtcbiAgaWYgKGF4aXMuc2NhbGUgPT09ICdsb2cnKSB7XG4gICAgaWYgKCEobG93ID4gMCAmJiBoaWdoID4gMCkpIHtcbiAgICAgIHRocm93IG5ldyBBaXJ0bnRFcnJvcignUExPVF9CQURfTE9HX0RPTUFJTicsIGBhIGxvZyBheGlzIG5lZWRzIGEgcG9zaXRpdmUgZG9tYWluLCBnb3QgWyR7bG93fSwgJHtoaWdofV1gLCB7XG4gICAgICAgIGRldGFpbHM6IHsgYXhpczogYXhpcy5sYWJlbCwgbG93LCBoaWdoIH0sXG4gICAgICB9KTtcbiAgICB9XG4gICAgaWYgKGF4aXMubWluID09PSB1bmRlZmluZWQpIGxvdyA9IDEwICoqIE1hdGguZmxvb3IoTWF0aC5sb2cxMChsb3cpKTtcbiAgICBpZiAoYXhpcy5tYXggPT09IHVuZGVmaW5lZCkgaGlnaCA9IDEwICoqIE1hdGguY2VpbChNYXRoLmxvZzEwKGhpZ2gpKTtcbiAgICBpZiAoaGlnaCA8PSBsb3cpIGhpZ2ggPSBsb3cgKiAxMDtcbiAgICBjb25zdCBbbG8sIGhpXSA9IFtNYXRoLmxvZzEwKGxvdyksIE1hdGgubG9nMTAoaGlnaCldO1xuICAgIGNvbnN0IHByb2plY3QgPSAodmFsdWU6IG51bWJlcik6IG51bWJlciA9PiByYW5nZVswXSArICgoTWF0aC5sb2cxMCh2YWx1ZSkgLSBsbykgLyAoaGkgLSBsbykpICogKHJhbmdlWzFdIC0gcmFuZ2VbMF0pO1xuICAgIHJldHVybiB7IHByb2plY3QsIHRpY2tzOiBsb2dUaWNrcyhsb3csIGhpZ2gpLCBkb21haW46IFtsb3csIGhpZ2hdIH07XG4gIH1cbiAgaWYgKGF4aXMubWluID09PSB1bmRlZmluZWQgJiYgbG93ID4gMCAmJiBsb3cgPCBoaWdoICogMC41KSBsb3cgPSAwOyAvLyBjb3VudHMgYW5kIHRpbWVzIHJlYWQgYmVzdCBmcm9tIHplcm9cbiAgaWYgKGhpZ2ggPD0gbG93KSBoaWdoID0gbG93ICsgKGxvdyA9PT0gMCA/IDEgOiBNYXRoLmFicyhsb3cpKTtcbiAgY29uc3QgdGlja3MgPSBsaW5lYXJUaWNrcyhsb3csIGhpZ2gpO1xuICBpZiAoYXhpcy5taW4gPT09IHVuZGVmaW5lZCkgbG93ID0gTWF0aC5taW4obG93LCB0aWNrc1swXSEudmFsdWUpO1xuICBpZiAoYXhpcy5tYXggPT09IHVuZGVmaW5lZCkgaGlnaCA9IE1hdGgubWF4KGhpZ2gsIHRpY2tzW3RpY2tzLmxlbmd0aCAtIDFdIS52YWx1ZSk7XG4gIGNvbnN0IHByb2plY3QgPSAodmFsdWU6IG51bWJlcik6IG51bWJlciA9PiByYW5nZVswXSArICgodmFsdWUgLSBsb3cpIC8gKGhpZ2ggLSBsb3cpKSAqIChyYW5nZVsxXSAtIHJhbmdlWzBdKTtcbiAgcmV0dXJuIHsgcHJvamVjdCwgdGlja3M6IHRpY2tzLmZpbHRlcigodCkgPT4gdC52YWx1ZSA+PSBsb3cgJiYgdC52YWx1ZSA8PSBoaWdoKSwgZG9tYWluOiBbbG93LCBoaWdoXSB9O1xufVxuXG4vKiogXCJOaWNlXCIgbGluZWFyIHRpY2tzIChzdGVwcyBvZiAxLCAyIG9yIDUgdGltZXMgYSBwb3dlciBvZiB0ZW4pIGNvdmVyaW5nIFttaW4sIG1heF0uICovXG5leHBvcnQgZnVuY3Rpb24gbGluZWFyVGlja3MobWluOiBudW1iZXIsIG1heDogbnVtYmVyLCB0YXJnZXQgPSA2KTogVGlja1tdIHtcbiAgaWYgKCEoTnVtYmVyLmlzRmluaXRlKG1pbikgJiYgTnVtYmVyLmlzRmluaXRlKG1heCkgJiYgbWF4ID4gbWluKSkge1xuICAgIHRocm93IG5ldyBBaXJ0bnRFcnJvcignUExPVF9CQURfRE9NQUlOJywgYGxpbmVhciB0aWNrcyBuZWVkIG1pbiA8IG1heCwgZ290IFske21pbn0sICR7bWF4fV1gKTtcbiAgfVxuICBjb25zdCByb3VnaCA9IChtYXggLSBtaW4pIC8gdGFyZ2V0O1xuICBjb25zdCBwb3dlciA9IDEwICoqIE1hdGguZmxvb3IoTWF0aC5sb2cxMChyb3VnaCkpO1xuICBjb25zdCBzdGVwID0gWzEsIDIsIDUsIDEwXS5tYXAoKG0pID0+IG0gKiBwb3dlcikuZmluZCgocykgPT4gcyA+PSByb3VnaCAqICgxIC0gMWUtOSkpID8/IDEwICogcG93ZXI7XG4gIC8vIFRpY2sgaW5kaWNlcyByYXRoZXIgdGhhbiBhY2N1bXVsYXRlZCBzdW1zLCBzbyAwLjEgKyAwLjIgcm91bmRpbmcgbmV2ZXIgc2hpZnRzIGEgdGljay5cbiAgY29uc3QgZmlyc3QgPSBNYXRoLmZsb29yKG1pbiAvIHN0ZXAgKyAxZS05KTtcbiAgY29uc3QgbGFzdCA9IE1hdGguY2VpbChtYXggLyBzdGVwIC0gMWUtOSk7XG4gIGNvbnN0IHRpY2tzOiBUaWNrW10gPSBbXTtcbiAgZm9yIChsZXQgaW5kZXggPSBmaXJzdDsgaW5kZXggPD0gbGFzdDsgaW5kZXgrKykge1xuICAgIGNvbnN0IGNsZWFuID0gTnVtYmVyKChpbmRleCAqIHN0ZXApLnRvUHJlY2lzaW9uKDEyKSk7XG4gICAgdGlja3MucHVzaCh7IHZhbHVlOiBjbGVhbiwgbGFiZWw6IGZvcm1hdE51bWJlcihjbGVhbiksIG1ham9yOiB0cnVlIH0pO1xuICB9XG4gIHJldHVybiB0aWNrcztcbn1cblxuLyoqXG4gKiBMb2cgdGlja3M6IGEgbGFiZWxsZWQgbWFqb3IgdGljayBhdCBldmVyeSBwb3dlciBvZiB0ZW4gaW4gW21pbiwgbWF4XSwgdW5sYWJlbGxlZCBtaW5vciB0aWNrcyBhdFxuICogMi4uOSB0aW1lcyBpdDsgd2hlbiB0aGUgZG9tYWluIHNwYW5zIGF0IG1vc3QgdHdvIGRlY2FkZXMsIDIgYW5kIDUgYXJlIGxhYmVsbGVkIGFzIHdlbGwuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBsb2dUaWNrcyhtaW46IG51bWJlciwgbWF4OiBudW1iZXIpOiBUaWNrW10ge1xuICBpZiAoIShtaW4gPiAwICYmIG1heCA+IG1pbikpIHtcbiAgICB0aHJvdyBuZXcgQWlydG50RXJyb3IoJ1BMT1RfQkFEX0xPR19ET01BSU4nLCBgbG9nIHRpY2tzIG5lZWQgMCA8IG1pbiA8IG1heCwgZ290IFske21pbn0sICR7bWF4fV1gKTtcbiAgfVxuICBjb25zdCBmZXdEZWNhZGVzID0gTWF0aC5sb2cxMChtYXggLyBtaW4pIDw9IDIgKyAxZS05O1xuICBjb25zdCB0aWNrczogVGlja1tdID0gW107XG4gIGZvciAobGV0IGV4cG9uZW50ID0gTWF0aC5mbG9vcihNYXRoLmxvZzEwKG1pbikpOyBleHBvbmVudCA8PSBNYXRoLmNlaWwoTWF0aC5sb2cxMChtYXgpKTsgZXhwb25lbnQrKykge1xuICAgIGZvciAobGV0IG1hbnRpc3NhID0gMTsgbWFudGlzc2EgPD0gOTsgbWFudGlzc2ErKykge1xuICAgICAgY29uc3QgdmFsdWUgPSBOdW1iZXIoKG1hbnRpc3NhICogMTAgKiogZXhwb25lbnQpLnRvUHJlY2lzaW9uKDEyKSk7XG4gICAgICBpZiAodmFsdWUgPCBtaW4gKiAoMSAtIDFlLTkpIHx8IHZhbHVlID4gbWF4ICogKDEgKyAxZS05KSkgY29udGludWU7XG4gICAgICBjb25zdCBtYWpvciA9IG1hbnRpc3NhID09PSAxO1xuICAgICAgY29uc3QgbGFiZWxsZWQgPSBtYWpvciB8fCAoZmV3RGVjYWRlcyAmJiAobWFudGlzc2EgPT09IDIgfHwgbWFudGlzc2EgPT09IDUpKTtcbiAgICAgIHRpY2tzLnB1c2goeyB2YWx1ZSwgbGFiZWw6IGxhYmVsbGVkID8gZm9ybWF0TnVtYmVyKHZhbHVlKSA6ICcnLCBtYWpvciB9KTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIHRpY2tzO1xufVxuXG4vKiogMTUwMCAtPiBcIjEuNWtcIiwgMjAwMDAwMCAtPiBcIjJNXCIsIDAuMDUgLT4gXCIwLjA1XCIuICovXG5leHBvcnQgZnVuY3Rpb24gZm9ybWF0TnVtYmVyKHZhbHVlOiBudW1iZXIpOiBzdHJpbmcge1xuICBjb25zdCBtYWduaXR1ZGUgPSBNYXRoLmFicyh2YWx1ZSk7XG4gIGNvbnN0IHVuaXRzOiBbbnVtYmVyLCBzdHJpbmddW10gPSBbXG4gICAgWzFlOSwgJ0cnXSxcbiAgICBbMWU2LCAnTSddLFxuICAgIFsxZTMsICdrJ10sXG4gIF07XG4gIGZvciAoY29uc3QgW3NpemUsIHN1ZmZpeF0gb2YgdW5pdHMpIHtcbiAgICBpZiAobWFnbml0dWRlID49IHNpemUpIHJldHVybiBgJHtOdW1iZXIoKHZhbHVlIC8gc2l6ZSkudG9QcmVjaXNpb24oMykpfSR7c3VmZml4fWA7XG4gIH1cbiAgcmV0dXJuIGAke051bWJlcih2YWx1ZS50b1ByZWNpc2lvbigzKSl9YDtcbn1cblxuZnVuY3Rpb24gcmVuZGVyR3JpZChmcmFtZTogRnJhbWUsIHhTY2FsZTogU2NhbGUsIHlTY2FsZTogU2NhbGUpOiBzdHJpbmdbXSB7XG4gIGNvbnN0IGxpbmVzOiBzdHJpbmdbXSA9IFtdO1xuICBmb3IgKGNvbnN0IHRpY2sgb2YgeFNjYWxlLnRpY2tzKSB7XG4gICAgY29uc3QgeCA9IGZpeGVkKHhTY2FsZS5wcm9qZWN0KHRpY2sudmFsdWUpKTtcbiAgICBsaW5lcy5wdXNoKGA8bGluZSB4MT1cIiR7eH1cIiB5MT1cIiR7ZnJhbWUudG9wfVwiIHgyPVwiJHt4fVwiIHkyPVwiJHtmcmFtZS50b3AgKyBmcmFtZS5oZWlnaHR9XCIgc3Ryb2tlPVwiJHt0aWNrLm1ham9yID8gJyNkZGRkZGQnIDogJyNmMGYwZjAnfVwiLz5gKTtcbiAgfVxuICBmb3IgKGNvbnN0IHRpY2sgb2YgeVNjYWxlLnRpY2tzKSB7XG4gICAgY29uc3QgeSA9IGZpeGVkKHlTY2FsZS5wcm9qZWN0KHRpY2sudmFsdWUpKTtcbiAgICBsaW5lcy5wdXNoKGA8bGluZSB4MT1cIiR7ZnJhbWUubGVmdH1cIiB5MT1cIiR7eX1cIiB4Mj1cIiR7ZnJhbWUubGVmdCArIGZyYW1lLndpZHRofVwiIHkyPVwiJHt5fVwiIHN0cm9rZT1cIiR7dGljay5tYWpvciA/ICcjZGRkZGRkJyA6ICcjZjBmMGYwJ31cIi8+YCk7XG4gIH1cbiAgcmV0dXJuIGxpbmVzO1xufVxuXG5mdW5jdGlvbiByZW5kZXJBeGVzKGZyYW1lOiBGcmFtZSwgc3BlYzogUGxvdFNwZWMsIHhTY2FsZTogU2NhbGUsIHlTY2FsZTogU2NhbGUpOiBzdHJpbmdbXSB7XG4gIGNvbnN0IGJvdHRvbSA9IGZyYW1lLnRvcCArIGZyYW1lLmhlaWdodDtcbiAgY29uc3Qgb3V0ID0gW1xuICAgIGA8cmVjdCBjbGFzcz1cImZyYW1lXCIgeD1cIiR7ZnJhbWUubGVmdH1cIiB5PVwiJHtmcmFtZS50b3B9XCIgd2lkdGg9XCIke2ZyYW1lLndpZHRofVwiIGhlaWdodD1cIiR7ZnJhbWUuaGVpZ2h0fVwiIGZpbGw9XCJub25lXCIgc3Ryb2tlPVwiIzMzMzMzM1wiLz5gLFxuICBdO1xuICBmb3IgKGNvbnN0IHRpY2sgb2YgeFNjYWxlLnRpY2tzKSB7XG4gICAgY29uc3QgeCA9IGZpeGVkKHhTY2FsZS5wcm9qZWN0KHRpY2sudmFsdWUpKTtcbiAgICBvdXQucHVzaChgPGxpbmUgeDE9XCIke3h9XCIgeTE9XCIke2JvdHRvbX1cIiB4Mj1cIiR7eH1cIiB5Mj1cIiR7Ym90dG9tICsgKHRpY2subWFqb3IgPyA2IDogMyl9XCIgc3Ryb2tlPVwiIzMzMzMzM1wiLz5gKTtcbiAgICBpZiAodGljay5sYWJlbCkgb3V0LnB1c2goYDx0ZXh0IGNsYXNzPVwidGlja1wiIHg9XCIke3h9XCIgeT1cIiR7Ym90dG9tICsgMTl9XCIgdGV4dC1hbmNob3I9XCJtaWRkbGVcIj4ke2VzY2FwZVhtbCh0aWNrLmxhYmVsKX08L3RleHQ+YCk7XG4gIH1cbiAgZm9yIChjb25zdCB0aWNrIG9mIHlTY2FsZS50aWNrcykge1xuICAgIGNvbnN0IHkgPSBmaXhlZCh5U2NhbGUucHJvamVjdCh0aWNrLnZhbHVlKSk7XG4gICAgb3V0LnB1c2goYDxsaW5lIHgxPVwiJHtmcmFtZS5sZWZ0IC0gKHRpY2subWFqb3IgPyA2IDogMyl9XCIgeTE9XCIke3l9XCIgeDI9XCIke2ZyYW1lLmxlZnR9XCIgeTI9XCIke3l9XCIgc3Ryb2tlPVwiIzMzMzMzM1wiLz5gKTtcbiAgICBpZiAodGljay5sYWJlbCkgb3V0LnB1c2goYDx0ZXh0IGNsYXNzPVwidGlja1wiIHg9XCIke2ZyYW1lLmxlZnQgLSA5fVwiIHk9XCIke2ZpeGVkKHkgKyA0KX1cIiB0ZXh0LWFuY2hvcj1cImVuZFwiPiR7ZXNjYXBlWG1sKHRpY2subGFiZWwpfTwvdGV4dD5gKTtcbiAgfVxuICBjb25zdCB4TGFiZWwgPSBzcGVjLngubGFiZWwgKyAoc3BlYy54LnNjYWxlID09PSAnbG9nJyA/ICcgKGxvZyknIDogJycpO1xuICBjb25zdCB5TGFiZWwgPSBzcGVjLnkubGFiZWwgKyAoc3BlYy55LnNjYWxlID09PSAnbG9nJyA/ICcgKGxvZyknIDogJycpO1xuICBjb25zdCBtaWRkbGVZID0gZnJhbWUudG9wICsgZnJhbWUuaGVpZ2h0IC8gMjtcbiAgb3V0LnB1c2goYDx0ZXh0IHg9XCIke2ZyYW1lLmxlZnQgKyBmcmFtZS53aWR0aCAvIDJ9XCIgeT1cIiR7Ym90dG9tICsgNDJ9XCIgdGV4dC1hbmNob3I9XCJtaWRkbGVcIj4ke2VzY2FwZVhtbCh4TGFiZWwpfTwvdGV4dD5gKTtcbiAgb3V0LnB1c2goYDx0ZXh0IHg9XCIxOFwiIHk9XCIke21pZGRsZVl9XCIgdGV4dC1hbmNob3I9XCJtaWRkbGVcIiB0cmFuc2Zvcm09XCJyb3RhdGUoLTkwIDE4ICR7bWlkZGxlWX0pXCI+JHtlc2NhcGVYbWwoeUxhYmVsKX08L3RleHQ+YCk7XG4gIHJldHVybiBvdXQ7XG59XG5cbmZ1bmN0aW9uIHJlbmRlclJlZmVyZW5jZShmcmFtZTogRnJhbWUsIHlTY2FsZTogU2NhbGUsIHJlZmVyZW5jZTogUmVmZXJlbmNlTGluZSk6IHN0cmluZyB7XG4gIGNvbnN0IHkgPSBmaXhlZCh5U2NhbGUucHJvamVjdChyZWZlcmVuY2UueSkpO1xuICByZXR1cm4gYDxsaW5lIGNsYXNzPVwicmVmZXJlbmNlXCIgeDE9XCIke2ZyYW1lLmxlZnR9XCIgeTE9XCIke3l9XCIgeDI9XCIke2ZyYW1lLmxlZnQgKyBmcmFtZS53aWR0aH1cIiB5Mj1cIiR7eX1cIiBzdHJva2U9XCIke3JlZmVyZW5jZS5jb2xvcn1cIiBzdHJva2UtZGFzaGFycmF5PVwiMiA0XCIgc3Ryb2tlLXdpZHRoPVwiMS41XCIvPmA7XG59XG5cbmZ1bmN0aW9uIHJlbmRlclNlcmllcyhzZXJpZXM6IFNlcmllcywgeFNjYWxlOiBTY2FsZSwgeVNjYWxlOiBTY2FsZSwgc3BlYzogUGxvdFNwZWMpOiBzdHJpbmdbXSB7XG4gIGNvbnN0IHZpc2libGUgPSBzZXJpZXMucG9pbnRzXG4gICAgLmZpbHRlcigocCkgPT4gTnVtYmVyLmlzRmluaXRlKHAueCkgJiYgTnVtYmVyLmlzRmluaXRlKHAueSkpXG4gICAgLmZpbHRlcigocCkgPT4gKHNwZWMueC5zY2FsZSA9PT0gJ2xpbmVhcicgfHwgcC54ID4gMCkgJiYgKHNwZWMueS5zY2FsZSA9PT0gJ2xpbmVhcicgfHwgcC55ID4gMCkpXG4gICAgLmZpbHRlcigocCkgPT4gaW5Eb21haW4ocC54LCB4U2NhbGUpICYmIGluRG9tYWluKHAueSwgeVNjYWxlKSlcbiAgICAubWFwKChwKSA9PiAoeyB4OiBmaXhlZCh4U2NhbGUucHJvamVjdChwLngpKSwgeTogZml4ZWQoeVNjYWxlLnByb2plY3QocC55KSkgfSkpO1xuICBjb25zdCBvdXQ6IHN0cmluZ1tdID0gW107XG4gIGlmICgoc2VyaWVzLmxpbmUgPz8gdHJ1ZSkgJiYgdmlzaWJsZS5sZW5ndGggPiAxKSB7XG4gICAgY29uc3QgcGF0aCA9IHZpc2libGUubWFwKChwLCBpKSA9PiBgJHtpID09PSAwID8gJ00nIDogJ0wnfSR7cC54fSwke3AueX1gKS5qb2luKCcgJyk7XG4gICAgY29uc3QgZGFzaCA9IHNlcmllcy5kYXNoZWQgPyAnIHN0cm9rZS1kYXNoYXJyYXk9XCI2IDRcIicgOiAnJztcbiAgICBvdXQucHVzaChgPHBhdGggZD1cIiR7cGF0aH1cIiBmaWxsPVwibm9uZVwiIHN0cm9rZT1cIiR7c2VyaWVzLmNvbG9yfVwiIHN0cm9rZS13aWR0aD1cIjEuOFwiJHtkYXNofS8+YCk7XG4gIH1cbiAgZm9yIChjb25zdCBwIG9mIHZpc2libGUpIG91dC5wdXNoKHJlbmRlck1hcmtlcihzZXJpZXMsIHAueCwgcC55KSk7XG4gIHJldHVybiBvdXQ7XG59XG5cbmZ1bmN0aW9uIHJlbmRlck1hcmtlcihzZXJpZXM6IFNlcmllcywgeDogbnVtYmVyLCB5OiBudW1iZXIsIHNpemUgPSA0KTogc3RyaW5nIHtcbiAgY29uc3QgZmlsbCA9IHNlcmllcy5ob2xsb3cgPyAnI2ZmZmZmZicgOiBzZXJpZXMuY29sb3I7XG4gIGNvbnN0IGNvbW1vbiA9IGBjbGFzcz1cInBvaW50XCIgZmlsbD1cIiR7ZmlsbH1cIiBzdHJva2U9XCIke3Nlcmllcy5jb2xvcn1cIiBzdHJva2Utd2lkdGg9XCIxLjVcImA7XG4gIHN3aXRjaCAoc2VyaWVzLm1hcmtlciA/PyAnY2lyY2xlJykge1xuICAgIGNhc2UgJ2NpcmNsZSc6XG4gICAgICByZXR1cm4gYDxjaXJjbGUgJHtjb21tb259IGN4PVwiJHt4fVwiIGN5PVwiJHt5fVwiIHI9XCIke3NpemV9XCIvPmA7XG4gICAgY2FzZSAnc3F1YXJlJzpcbiAgICAgIHJldHVybiBgPHJlY3QgJHtjb21tb259IHg9XCIke2ZpeGVkKHggLSBzaXplKX1cIiB5PVwiJHtmaXhlZCh5IC0gc2l6ZSl9XCIgd2lkdGg9XCIke3NpemUgKiAyfVwiIGhlaWdodD1cIiR7c2l6ZSAqIDJ9XCIvPmA7XG4gICAgY2FzZSAndHJpYW5nbGUnOlxuICAgICAgcmV0dXJuIGA8cG9seWdvbiAke2NvbW1vbn0gcG9pbnRzPVwiJHt4fSwke2ZpeGVkKHkgLSBzaXplIC0gMSl9ICR7Zml4ZWQoeCAtIHNpemUgLSAxKX0sJHtmaXhlZCh5ICsgc2l6ZSl9ICR7Zml4ZWQoeCArIHNpemUgKyAxKX0sJHtmaXhlZCh5ICsgc2l6ZSl9XCIvPmA7XG4gICAgY2FzZSAnZGlhbW9uZCc6XG4gICAgICByZXR1cm4gYDxwb2x5Z29uICR7Y29tbW9ufSBwb2ludHM9XCIke3h9LCR7Zml4ZWQoeSAtIHNpemUgLSAxKX0gJHtmaXhlZCh4ICsgc2l6ZSArIDEpfSwke3l9ICR7eH0sJHtmaXhlZCh5ICsgc2l6ZSArIDEpfSAke2ZpeGVkKHggLSBzaXplIC0gMSl9LCR7eX1cIi8+YDtcbiAgfVxufVxuXG5mdW5jdGlvbiByZW5kZXJMZWdlbmQoZnJhbWU6IEZyYW1lLCBzcGVjOiBQbG90U3BlYyk6IHN0cmluZyB7XG4gIGNvbnN0IGxlZnQgPSBmcmFtZS5sZWZ0ICsgZnJhbWUud2lkdGggKyAxNjtcbiAgY29uc3Qgcm93czogc3RyaW5nW10gPSBbXTtcbiAgbGV0IHkgPSBmcmFtZS50b3AgKyA4O1xuICBmb3IgKGNvbnN0IHNlcmllcyBvZiBzcGVjLnNlcmllcykge1xuICAgIGNvbnN0IGRhc2ggPSBzZXJpZXMuZGFzaGVkID8gJyBzdHJva2UtZGFzaGFycmF5PVwiNiA0XCInIDogJyc7XG4gICAgaWYgKHNlcmllcy5saW5lID8/IHRydWUpIHJvd3MucHVzaChgPGxpbmUgeDE9XCIke2xlZnR9XCIgeTE9XCIke3l9XCIgeDI9XCIke2xlZnQgKyAyNH1cIiB5Mj1cIiR7eX1cIiBzdHJva2U9XCIke3Nlcmllcy5jb2xvcn1cIiBzdHJva2Utd2lkdGg9XCIxLjhcIiR7ZGFzaH0vPmApO1xuICAgIHJvd3MucHVzaChyZW5kZXJNYXJrZXIoc2VyaWVzLCBsZWZ0ICsgMTIsIHkpLnJlcGxhY2UoJ2NsYXNzPVwicG9pbnRcIicsICdjbGFzcz1cImxlZ2VuZC1tYXJrZXJcIicpKTtcbiAgICByb3dzLnB1c2goLi4ud3JhcFRleHQoc2VyaWVzLmxhYmVsLCAyOCkubWFwKChsaW5lLCBpKSA9PiBgPHRleHQgeD1cIiR7bGVmdCArIDMyfVwiIHk9XCIke3kgKyA0ICsgaSAqIDE0fVwiPiR7ZXNjYXBlWG1sKGxpbmUpfTwvdGV4dD5gKSk7XG4gICAgeSArPSAxNCAqIHdyYXBUZXh0KHNlcmllcy5sYWJlbCwgMjgpLmxlbmd0aCArIDg7XG4gIH1cbiAgZm9yIChjb25zdCByZWZlcmVuY2Ugb2Ygc3BlYy5yZWZlcmVuY2VzID8/IFtdKSB7XG4gICAgcm93cy5wdXNoKGA8bGluZSB4MT1cIiR7bGVmdH1cIiB5MT1cIiR7eX1cIiB4Mj1cIiR7bGVmdCArIDI0fVwiIHkyPVwiJHt5fVwiIHN0cm9rZT1cIiR7cmVmZXJlbmNlLmNvbG9yfVwiIHN0cm9rZS1kYXNoYXJyYXk9XCIyIDRcIiBzdHJva2Utd2lkdGg9XCIxLjVcIi8+YCk7XG4gICAgcm93cy5wdXNoKC4uLndyYXBUZXh0KHJlZmVyZW5jZS5sYWJlbCwgMjgpLm1hcCgobGluZSwgaSkgPT4gYDx0ZXh0IHg9XCIke2xlZnQgKyAzMn1cIiB5PVwiJHt5ICsgNCArIGkgKiAxNH1cIj4ke2VzY2FwZVhtbChsaW5lKX08L3RleHQ+YCkpO1xuICAgIHkgKz0gMTQgKiB3cmFwVGV4dChyZWZlcmVuY2UubGFiZWwsIDI4KS5sZW5ndGggKyA4O1xuICB9XG4gIHJldHVybiBgPGcgY2xhc3M9XCJsZWdlbmRcIj5cXG4ke3Jvd3Muam9pbignXFxuJyl9XFxuPC9nPmA7XG59XG5cbmZ1bmN0aW9uIHdyYXBUZXh0KHRleHQ6IHN0cmluZywgd2lkdGg6IG51bWJlcik6IHN0cmluZ1tdIHtcbiAgY29uc3QgbGluZXM6IHN0cmluZ1tdID0gW107XG4gIGxldCBjdXJyZW50ID0gJyc7XG4gIGZvciAoY29uc3Qgd29yZCBvZiB0ZXh0LnNwbGl0KC9cXHMrLykpIHtcbiAgICBpZiAoY3VycmVudCAhPT0gJycgJiYgY3VycmVudC5sZW5ndGggKyAxICsgd29yZC5sZW5ndGggPiB3aWR0aCkge1xuICAgICAgbGluZXMucHVzaChjdXJyZW50KTtcbiAgICAgIGN1cnJlbnQgPSB3b3JkO1xuICAgIH0gZWxzZSB7XG4gICAgICBjdXJyZW50ID0gY3VycmVudCA9PT0gJycgPyB3b3JkIDogYCR7Y3VycmVudH0gJHt3b3JkfWA7XG4gICAgfVxuICB9XG4gIGlmIChjdXJyZW50ICE9PSAnJykgbGluZXMucHVzaChjdXJyZW50KTtcbiAgcmV0dXJuIGxpbmVzO1xufVxuXG5mdW5jdGlvbiBpbkRvbWFpbih2YWx1ZTogbnVtYmVyLCBzY2FsZTogU2NhbGUpOiBib29sZWFuIHtcbiAgY29uc3QgW2xvdywgaGlnaF0gPSBzY2FsZS5kb21haW47XG4gIGNvbnN0IHNsYWNrID0gKGhpZ2ggLSBsb3cpICogMWUtOTtcbiAgcmV0dXJuIHZhbHVlID49IGxvdyAtIHNsYWNrICYmIHZhbHVlIDw9IGhpZ2ggKyBzbGFjaztcbn1cblxuZnVuY3Rpb24gZml4ZWQodmFsdWU6IG51bWJlcik6IG51bWJlciB7XG4gIHJldHVybiBNYXRoLnJvdW5kKHZhbHVlICogMTAwKSAvIDEwMDtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGVzY2FwZVhtbCh0ZXh0OiBzdHJpbmcpOiBzdHJpbmcge1xuICByZXR1cm4gdGV4dC5yZXBsYWNlKC9bPD4mXCInXS9nLCAoYykgPT4gKHsgJzwnOiAnJmx0OycsICc+JzogJyZndDsnLCAnJic6ICcmYW1wOycsICdcIic6ICcmcXVvdDsnLCBcIidcIjogJyZhcG9zOycgfSlbY10hKTtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICJBQUtBLFNBQVMsbUJBQW1CO0FBMkNyQixNQUFNLFVBQVUsQ0FBQyxXQUFXLFdBQVcsV0FBVyxXQUFXLFdBQVcsV0FBVyxTQUFTO0FBRW5HLE1BQU0sU0FBUyxFQUFFLE1BQU0sSUFBSSxPQUFPLEtBQUssS0FBSyxJQUFJLFFBQVEsR0FBRztBQU9wRCxTQUFTLFVBQVUsTUFBd0I7QUFDaEQsUUFBTSxRQUFRLEtBQUssU0FBUztBQUM1QixRQUFNLFNBQVMsS0FBSyxVQUFVO0FBQzlCLFFBQU0sUUFBZTtBQUFBLElBQ25CLE1BQU0sT0FBTztBQUFBLElBQ2IsS0FBSyxPQUFPO0FBQUEsSUFDWixPQUFPLFFBQVEsT0FBTyxPQUFPLE9BQU87QUFBQSxJQUNwQyxRQUFRLFNBQVMsT0FBTyxNQUFNLE9BQU87QUFBQSxFQUN2QztBQUNBLFFBQU0sS0FBSyxLQUFLLE9BQU8sUUFBUSxDQUFDLE1BQU0sRUFBRSxPQUFPLElBQUksQ0FBQyxNQUFNLEVBQUUsQ0FBQyxDQUFDO0FBQzlELFFBQU0sS0FBSyxDQUFDLEdBQUcsS0FBSyxPQUFPLFFBQVEsQ0FBQyxNQUFNLEVBQUUsT0FBTyxJQUFJLENBQUMsTUFBTSxFQUFFLENBQUMsQ0FBQyxHQUFHLElBQUksS0FBSyxjQUFjLENBQUMsR0FBRyxJQUFJLENBQUMsTUFBTSxFQUFFLENBQUMsQ0FBQztBQUMvRyxRQUFNLFNBQVMsVUFBVSxLQUFLLEdBQUcsSUFBSSxDQUFDLE1BQU0sTUFBTSxNQUFNLE9BQU8sTUFBTSxLQUFLLENBQUM7QUFDM0UsUUFBTSxTQUFTLFVBQVUsS0FBSyxHQUFHLElBQUksQ0FBQyxNQUFNLE1BQU0sTUFBTSxRQUFRLE1BQU0sR0FBRyxDQUFDO0FBQzFFLFFBQU0sUUFBa0I7QUFBQSxJQUN0QixrREFBa0QsS0FBSyxhQUFhLE1BQU0sa0JBQWtCLEtBQUssSUFBSSxNQUFNO0FBQUEsSUFDM0csVUFBVSxVQUFVLEtBQUssS0FBSyxDQUFDO0FBQUEsSUFDL0IsNEJBQTRCLEtBQUssYUFBYSxNQUFNO0FBQUEsSUFDcEQsWUFBWSxNQUFNLElBQUksOENBQThDLFVBQVUsS0FBSyxLQUFLLENBQUM7QUFBQSxFQUMzRjtBQUNBLE1BQUksS0FBSyxTQUFVLE9BQU0sS0FBSyxZQUFZLE1BQU0sSUFBSSwyQkFBMkIsVUFBVSxLQUFLLFFBQVEsQ0FBQyxTQUFTO0FBQ2hILFFBQU0sS0FBSyxHQUFHLFdBQVcsT0FBTyxRQUFRLE1BQU0sR0FBRyxHQUFHLFdBQVcsT0FBTyxNQUFNLFFBQVEsTUFBTSxDQUFDO0FBQzNGLGFBQVcsYUFBYSxLQUFLLGNBQWMsQ0FBQyxFQUFHLE9BQU0sS0FBSyxnQkFBZ0IsT0FBTyxRQUFRLFNBQVMsQ0FBQztBQUNuRyxhQUFXLFVBQVUsS0FBSyxPQUFRLE9BQU0sS0FBSyxHQUFHLGFBQWEsUUFBUSxRQUFRLFFBQVEsSUFBSSxDQUFDO0FBQzFGLFFBQU0sS0FBSyxhQUFhLE9BQU8sSUFBSSxDQUFDO0FBQ3BDLFFBQU0sS0FBSyxRQUFRO0FBQ25CLFNBQU8sR0FBRyxNQUFNLEtBQUssSUFBSSxDQUFDO0FBQUE7QUFDNUI7QUFFQSxTQUFTLFVBQVUsTUFBZ0IsTUFBeUIsT0FBZ0M7QUFDMUYsUUFBTSxTQUFTLEtBQUssT0FBTyxDQUFDLE1BQU0sT0FBTyxTQUFTLENBQUMsTUFBTSxLQUFLLFVBQVUsWUFBWSxJQUFJLEVBQUU7QUFDMUYsTUFBSSxNQUFNLEtBQUssUUFBUSxPQUFPLFNBQVMsSUFBSSxLQUFLLElBQUksR0FBRyxNQUFNLElBQUksS0FBSyxVQUFVLFFBQVEsSUFBSTtBQUM1RixNQUFJLE9BQU8sS0FBSyxRQUFRLE9BQU8sU0FBUyxJQUFJLEtBQUssSUFBSSxHQUFHLE1BQU0sSUFBSSxLQUFLLFVBQVUsUUFBUSxLQUFLO0FBQzlGLE1BQUksS0FBSyxVQUFVLE9BQU87QUFDeEIsUUFBSSxFQUFFLE1BQU0sS0FBSyxPQUFPLElBQUk7QUFDMUIsWUFBTSxJQUFJLFlBQVksdUJBQXVCLDRDQUE0QyxHQUFHLEtBQUssSUFBSSxLQUFLO0FBQUEsUUFDeEcsU0FBUyxFQUFFLE1BQU0sS0FBSyxPQUFPLEtBQUssS0FBSztBQUFBLE1BQ3pDLENBQUM7QUFBQSxJQUNIO0FBQ0EsUUFBSSxLQUFLLFFBQVEsT0FBVyxPQUFNLE1BQU0sS0FBSyxNQUFNLEtBQUssTUFBTSxHQUFHLENBQUM7QUFDbEUsUUFBSSxLQUFLLFFBQVEsT0FBVyxRQUFPLE1BQU0sS0FBSyxLQUFLLEtBQUssTUFBTSxJQUFJLENBQUM7QUFDbkUsUUFBSSxRQUFRLElBQUssUUFBTyxNQUFNO0FBQzlCLFVBQU0sQ0FBQyxJQUFJLEVBQUUsSUFBSSxDQUFDLEtBQUssTUFBTSxHQUFHLEdBQUcsS0FBSyxNQUFNLElBQUksQ0FBQztBQUNuRCxVQUFNQSxXQUFVLENBQUMsVUFBMEIsTUFBTSxDQUFDLEtBQU0sS0FBSyxNQUFNLEtBQUssSUFBSSxPQUFPLEtBQUssT0FBUSxNQUFNLENBQUMsSUFBSSxNQUFNLENBQUM7QUFDbEgsV0FBTyxFQUFFLFNBQUFBLFVBQVMsT0FBTyxTQUFTLEtBQUssSUFBSSxHQUFHLFFBQVEsQ0FBQyxLQUFLLElBQUksRUFBRTtBQUFBLEVBQ3BFO0FBQ0EsTUFBSSxLQUFLLFFBQVEsVUFBYSxNQUFNLEtBQUssTUFBTSxPQUFPLElBQUssT0FBTTtBQUNqRSxNQUFJLFFBQVEsSUFBSyxRQUFPLE9BQU8sUUFBUSxJQUFJLElBQUksS0FBSyxJQUFJLEdBQUc7QUFDM0QsUUFBTSxRQUFRLFlBQVksS0FBSyxJQUFJO0FBQ25DLE1BQUksS0FBSyxRQUFRLE9BQVcsT0FBTSxLQUFLLElBQUksS0FBSyxNQUFNLENBQUMsRUFBRyxLQUFLO0FBQy9ELE1BQUksS0FBSyxRQUFRLE9BQVcsUUFBTyxLQUFLLElBQUksTUFBTSxNQUFNLE1BQU0sU0FBUyxDQUFDLEVBQUcsS0FBSztBQUNoRixRQUFNLFVBQVUsQ0FBQyxVQUEwQixNQUFNLENBQUMsS0FBTSxRQUFRLFFBQVEsT0FBTyxRQUFTLE1BQU0sQ0FBQyxJQUFJLE1BQU0sQ0FBQztBQUMxRyxTQUFPLEVBQUUsU0FBUyxPQUFPLE1BQU0sT0FBTyxDQUFDLE1BQU0sRUFBRSxTQUFTLE9BQU8sRUFBRSxTQUFTLElBQUksR0FBRyxRQUFRLENBQUMsS0FBSyxJQUFJLEVBQUU7QUFDdkc7QUFHTyxTQUFTLFlBQVksS0FBYSxLQUFhLFNBQVMsR0FBVztBQUN4RSxNQUFJLEVBQUUsT0FBTyxTQUFTLEdBQUcsS0FBSyxPQUFPLFNBQVMsR0FBRyxLQUFLLE1BQU0sTUFBTTtBQUNoRSxVQUFNLElBQUksWUFBWSxtQkFBbUIscUNBQXFDLEdBQUcsS0FBSyxHQUFHLEdBQUc7QUFBQSxFQUM5RjtBQUNBLFFBQU0sU0FBUyxNQUFNLE9BQU87QUFDNUIsUUFBTSxRQUFRLE1BQU0sS0FBSyxNQUFNLEtBQUssTUFBTSxLQUFLLENBQUM7QUFDaEQsUUFBTSxPQUFPLENBQUMsR0FBRyxHQUFHLEdBQUcsRUFBRSxFQUFFLElBQUksQ0FBQyxNQUFNLElBQUksS0FBSyxFQUFFLEtBQUssQ0FBQyxNQUFNLEtBQUssU0FBUyxJQUFJLEtBQUssS0FBSyxLQUFLO0FBRTlGLFFBQU0sUUFBUSxLQUFLLE1BQU0sTUFBTSxPQUFPLElBQUk7QUFDMUMsUUFBTSxPQUFPLEtBQUssS0FBSyxNQUFNLE9BQU8sSUFBSTtBQUN4QyxRQUFNLFFBQWdCLENBQUM7QUFDdkIsV0FBUyxRQUFRLE9BQU8sU0FBUyxNQUFNLFNBQVM7QUFDOUMsVUFBTSxRQUFRLFFBQVEsUUFBUSxNQUFNLFlBQVksRUFBRSxDQUFDO0FBQ25ELFVBQU0sS0FBSyxFQUFFLE9BQU8sT0FBTyxPQUFPLGFBQWEsS0FBSyxHQUFHLE9BQU8sS0FBSyxDQUFDO0FBQUEsRUFDdEU7QUFDQSxTQUFPO0FBQ1Q7QUFNTyxTQUFTLFNBQVMsS0FBYSxLQUFxQjtBQUN6RCxNQUFJLEVBQUUsTUFBTSxLQUFLLE1BQU0sTUFBTTtBQUMzQixVQUFNLElBQUksWUFBWSx1QkFBdUIsc0NBQXNDLEdBQUcsS0FBSyxHQUFHLEdBQUc7QUFBQSxFQUNuRztBQUNBLFFBQU0sYUFBYSxLQUFLLE1BQU0sTUFBTSxHQUFHLEtBQUssSUFBSTtBQUNoRCxRQUFNLFFBQWdCLENBQUM7QUFDdkIsV0FBUyxXQUFXLEtBQUssTUFBTSxLQUFLLE1BQU0sR0FBRyxDQUFDLEdBQUcsWUFBWSxLQUFLLEtBQUssS0FBSyxNQUFNLEdBQUcsQ0FBQyxHQUFHLFlBQVk7QUFDbkcsYUFBUyxXQUFXLEdBQUcsWUFBWSxHQUFHLFlBQVk7QUFDaEQsWUFBTSxRQUFRLFFBQVEsV0FBVyxNQUFNLFVBQVUsWUFBWSxFQUFFLENBQUM7QUFDaEUsVUFBSSxRQUFRLE9BQU8sSUFBSSxTQUFTLFFBQVEsT0FBTyxJQUFJLE1BQU87QUFDMUQsWUFBTSxRQUFRLGFBQWE7QUFDM0IsWUFBTSxXQUFXLFNBQVUsZUFBZSxhQUFhLEtBQUssYUFBYTtBQUN6RSxZQUFNLEtBQUssRUFBRSxPQUFPLE9BQU8sV0FBVyxhQUFhLEtBQUssSUFBSSxJQUFJLE1BQU0sQ0FBQztBQUFBLElBQ3pFO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQUdPLFNBQVMsYUFBYSxPQUF1QjtBQUNsRCxRQUFNLFlBQVksS0FBSyxJQUFJLEtBQUs7QUFDaEMsUUFBTSxRQUE0QjtBQUFBLElBQ2hDLENBQUMsS0FBSyxHQUFHO0FBQUEsSUFDVCxDQUFDLEtBQUssR0FBRztBQUFBLElBQ1QsQ0FBQyxLQUFLLEdBQUc7QUFBQSxFQUNYO0FBQ0EsYUFBVyxDQUFDLE1BQU0sTUFBTSxLQUFLLE9BQU87QUFDbEMsUUFBSSxhQUFhLEtBQU0sUUFBTyxHQUFHLFFBQVEsUUFBUSxNQUFNLFlBQVksQ0FBQyxDQUFDLENBQUMsR0FBRyxNQUFNO0FBQUEsRUFDakY7QUFDQSxTQUFPLEdBQUcsT0FBTyxNQUFNLFlBQVksQ0FBQyxDQUFDLENBQUM7QUFDeEM7QUFFQSxTQUFTLFdBQVcsT0FBYyxRQUFlLFFBQXlCO0FBQ3hFLFFBQU0sUUFBa0IsQ0FBQztBQUN6QixhQUFXLFFBQVEsT0FBTyxPQUFPO0FBQy9CLFVBQU0sSUFBSSxNQUFNLE9BQU8sUUFBUSxLQUFLLEtBQUssQ0FBQztBQUMxQyxVQUFNLEtBQUssYUFBYSxDQUFDLFNBQVMsTUFBTSxHQUFHLFNBQVMsQ0FBQyxTQUFTLE1BQU0sTUFBTSxNQUFNLE1BQU0sYUFBYSxLQUFLLFFBQVEsWUFBWSxTQUFTLEtBQUs7QUFBQSxFQUM1STtBQUNBLGFBQVcsUUFBUSxPQUFPLE9BQU87QUFDL0IsVUFBTSxJQUFJLE1BQU0sT0FBTyxRQUFRLEtBQUssS0FBSyxDQUFDO0FBQzFDLFVBQU0sS0FBSyxhQUFhLE1BQU0sSUFBSSxTQUFTLENBQUMsU0FBUyxNQUFNLE9BQU8sTUFBTSxLQUFLLFNBQVMsQ0FBQyxhQUFhLEtBQUssUUFBUSxZQUFZLFNBQVMsS0FBSztBQUFBLEVBQzdJO0FBQ0EsU0FBTztBQUNUO0FBRUEsU0FBUyxXQUFXLE9BQWMsTUFBZ0IsUUFBZSxRQUF5QjtBQUN4RixRQUFNLFNBQVMsTUFBTSxNQUFNLE1BQU07QUFDakMsUUFBTSxNQUFNO0FBQUEsSUFDViwwQkFBMEIsTUFBTSxJQUFJLFFBQVEsTUFBTSxHQUFHLFlBQVksTUFBTSxLQUFLLGFBQWEsTUFBTSxNQUFNO0FBQUEsRUFDdkc7QUFDQSxhQUFXLFFBQVEsT0FBTyxPQUFPO0FBQy9CLFVBQU0sSUFBSSxNQUFNLE9BQU8sUUFBUSxLQUFLLEtBQUssQ0FBQztBQUMxQyxRQUFJLEtBQUssYUFBYSxDQUFDLFNBQVMsTUFBTSxTQUFTLENBQUMsU0FBUyxVQUFVLEtBQUssUUFBUSxJQUFJLEVBQUUsc0JBQXNCO0FBQzVHLFFBQUksS0FBSyxNQUFPLEtBQUksS0FBSyx5QkFBeUIsQ0FBQyxRQUFRLFNBQVMsRUFBRSwwQkFBMEIsVUFBVSxLQUFLLEtBQUssQ0FBQyxTQUFTO0FBQUEsRUFDaEk7QUFDQSxhQUFXLFFBQVEsT0FBTyxPQUFPO0FBQy9CLFVBQU0sSUFBSSxNQUFNLE9BQU8sUUFBUSxLQUFLLEtBQUssQ0FBQztBQUMxQyxRQUFJLEtBQUssYUFBYSxNQUFNLFFBQVEsS0FBSyxRQUFRLElBQUksRUFBRSxTQUFTLENBQUMsU0FBUyxNQUFNLElBQUksU0FBUyxDQUFDLHNCQUFzQjtBQUNwSCxRQUFJLEtBQUssTUFBTyxLQUFJLEtBQUsseUJBQXlCLE1BQU0sT0FBTyxDQUFDLFFBQVEsTUFBTSxJQUFJLENBQUMsQ0FBQyx1QkFBdUIsVUFBVSxLQUFLLEtBQUssQ0FBQyxTQUFTO0FBQUEsRUFDM0k7QUFDQSxRQUFNLFNBQVMsS0FBSyxFQUFFLFNBQVMsS0FBSyxFQUFFLFVBQVUsUUFBUSxXQUFXO0FBQ25FLFFBQU0sU0FBUyxLQUFLLEVBQUUsU0FBUyxLQUFLLEVBQUUsVUFBVSxRQUFRLFdBQVc7QUFDbkUsUUFBTSxVQUFVLE1BQU0sTUFBTSxNQUFNLFNBQVM7QUFDM0MsTUFBSSxLQUFLLFlBQVksTUFBTSxPQUFPLE1BQU0sUUFBUSxDQUFDLFFBQVEsU0FBUyxFQUFFLDBCQUEwQixVQUFVLE1BQU0sQ0FBQyxTQUFTO0FBQ3hILE1BQUksS0FBSyxtQkFBbUIsT0FBTyxtREFBbUQsT0FBTyxNQUFNLFVBQVUsTUFBTSxDQUFDLFNBQVM7QUFDN0gsU0FBTztBQUNUO0FBRUEsU0FBUyxnQkFBZ0IsT0FBYyxRQUFlLFdBQWtDO0FBQ3RGLFFBQU0sSUFBSSxNQUFNLE9BQU8sUUFBUSxVQUFVLENBQUMsQ0FBQztBQUMzQyxTQUFPLCtCQUErQixNQUFNLElBQUksU0FBUyxDQUFDLFNBQVMsTUFBTSxPQUFPLE1BQU0sS0FBSyxTQUFTLENBQUMsYUFBYSxVQUFVLEtBQUs7QUFDbkk7QUFFQSxTQUFTLGFBQWEsUUFBZ0IsUUFBZSxRQUFlLE1BQTBCO0FBQzVGLFFBQU0sVUFBVSxPQUFPLE9BQ3BCLE9BQU8sQ0FBQyxNQUFNLE9BQU8sU0FBUyxFQUFFLENBQUMsS0FBSyxPQUFPLFNBQVMsRUFBRSxDQUFDLENBQUMsRUFDMUQsT0FBTyxDQUFDLE9BQU8sS0FBSyxFQUFFLFVBQVUsWUFBWSxFQUFFLElBQUksT0FBTyxLQUFLLEVBQUUsVUFBVSxZQUFZLEVBQUUsSUFBSSxFQUFFLEVBQzlGLE9BQU8sQ0FBQyxNQUFNLFNBQVMsRUFBRSxHQUFHLE1BQU0sS0FBSyxTQUFTLEVBQUUsR0FBRyxNQUFNLENBQUMsRUFDNUQsSUFBSSxDQUFDLE9BQU8sRUFBRSxHQUFHLE1BQU0sT0FBTyxRQUFRLEVBQUUsQ0FBQyxDQUFDLEdBQUcsR0FBRyxNQUFNLE9BQU8sUUFBUSxFQUFFLENBQUMsQ0FBQyxFQUFFLEVBQUU7QUFDaEYsUUFBTSxNQUFnQixDQUFDO0FBQ3ZCLE9BQUssT0FBTyxRQUFRLFNBQVMsUUFBUSxTQUFTLEdBQUc7QUFDL0MsVUFBTSxPQUFPLFFBQVEsSUFBSSxDQUFDLEdBQUcsTUFBTSxHQUFHLE1BQU0sSUFBSSxNQUFNLEdBQUcsR0FBRyxFQUFFLENBQUMsSUFBSSxFQUFFLENBQUMsRUFBRSxFQUFFLEtBQUssR0FBRztBQUNsRixVQUFNLE9BQU8sT0FBTyxTQUFTLDRCQUE0QjtBQUN6RCxRQUFJLEtBQUssWUFBWSxJQUFJLHlCQUF5QixPQUFPLEtBQUssdUJBQXVCLElBQUksSUFBSTtBQUFBLEVBQy9GO0FBQ0EsYUFBVyxLQUFLLFFBQVMsS0FBSSxLQUFLLGFBQWEsUUFBUSxFQUFFLEdBQUcsRUFBRSxDQUFDLENBQUM7QUFDaEUsU0FBTztBQUNUO0FBRUEsU0FBUyxhQUFhLFFBQWdCLEdBQVcsR0FBVyxPQUFPLEdBQVc7QUFDNUUsUUFBTSxPQUFPLE9BQU8sU0FBUyxZQUFZLE9BQU87QUFDaEQsUUFBTSxTQUFTLHVCQUF1QixJQUFJLGFBQWEsT0FBTyxLQUFLO0FBQ25FLFVBQVEsT0FBTyxVQUFVLFVBQVU7QUFBQSxJQUNqQyxLQUFLO0FBQ0gsYUFBTyxXQUFXLE1BQU0sUUFBUSxDQUFDLFNBQVMsQ0FBQyxRQUFRLElBQUk7QUFBQSxJQUN6RCxLQUFLO0FBQ0gsYUFBTyxTQUFTLE1BQU0sT0FBTyxNQUFNLElBQUksSUFBSSxDQUFDLFFBQVEsTUFBTSxJQUFJLElBQUksQ0FBQyxZQUFZLE9BQU8sQ0FBQyxhQUFhLE9BQU8sQ0FBQztBQUFBLElBQzlHLEtBQUs7QUFDSCxhQUFPLFlBQVksTUFBTSxZQUFZLENBQUMsSUFBSSxNQUFNLElBQUksT0FBTyxDQUFDLENBQUMsSUFBSSxNQUFNLElBQUksT0FBTyxDQUFDLENBQUMsSUFBSSxNQUFNLElBQUksSUFBSSxDQUFDLElBQUksTUFBTSxJQUFJLE9BQU8sQ0FBQyxDQUFDLElBQUksTUFBTSxJQUFJLElBQUksQ0FBQztBQUFBLElBQ25KLEtBQUs7QUFDSCxhQUFPLFlBQVksTUFBTSxZQUFZLENBQUMsSUFBSSxNQUFNLElBQUksT0FBTyxDQUFDLENBQUMsSUFBSSxNQUFNLElBQUksT0FBTyxDQUFDLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxJQUFJLE1BQU0sSUFBSSxPQUFPLENBQUMsQ0FBQyxJQUFJLE1BQU0sSUFBSSxPQUFPLENBQUMsQ0FBQyxJQUFJLENBQUM7QUFBQSxFQUNySjtBQUNGO0FBRUEsU0FBUyxhQUFhLE9BQWMsTUFBd0I7QUFDMUQsUUFBTSxPQUFPLE1BQU0sT0FBTyxNQUFNLFFBQVE7QUFDeEMsUUFBTSxPQUFpQixDQUFDO0FBQ3hCLE1BQUksSUFBSSxNQUFNLE1BQU07QUFDcEIsYUFBVyxVQUFVLEtBQUssUUFBUTtBQUNoQyxVQUFNLE9BQU8sT0FBTyxTQUFTLDRCQUE0QjtBQUN6RCxRQUFJLE9BQU8sUUFBUSxLQUFNLE1BQUssS0FBSyxhQUFhLElBQUksU0FBUyxDQUFDLFNBQVMsT0FBTyxFQUFFLFNBQVMsQ0FBQyxhQUFhLE9BQU8sS0FBSyx1QkFBdUIsSUFBSSxJQUFJO0FBQ2xKLFNBQUssS0FBSyxhQUFhLFFBQVEsT0FBTyxJQUFJLENBQUMsRUFBRSxRQUFRLGlCQUFpQix1QkFBdUIsQ0FBQztBQUM5RixTQUFLLEtBQUssR0FBRyxTQUFTLE9BQU8sT0FBTyxFQUFFLEVBQUUsSUFBSSxDQUFDLE1BQU0sTUFBTSxZQUFZLE9BQU8sRUFBRSxRQUFRLElBQUksSUFBSSxJQUFJLEVBQUUsS0FBSyxVQUFVLElBQUksQ0FBQyxTQUFTLENBQUM7QUFDbEksU0FBSyxLQUFLLFNBQVMsT0FBTyxPQUFPLEVBQUUsRUFBRSxTQUFTO0FBQUEsRUFDaEQ7QUFDQSxhQUFXLGFBQWEsS0FBSyxjQUFjLENBQUMsR0FBRztBQUM3QyxTQUFLLEtBQUssYUFBYSxJQUFJLFNBQVMsQ0FBQyxTQUFTLE9BQU8sRUFBRSxTQUFTLENBQUMsYUFBYSxVQUFVLEtBQUssK0NBQStDO0FBQzVJLFNBQUssS0FBSyxHQUFHLFNBQVMsVUFBVSxPQUFPLEVBQUUsRUFBRSxJQUFJLENBQUMsTUFBTSxNQUFNLFlBQVksT0FBTyxFQUFFLFFBQVEsSUFBSSxJQUFJLElBQUksRUFBRSxLQUFLLFVBQVUsSUFBSSxDQUFDLFNBQVMsQ0FBQztBQUNySSxTQUFLLEtBQUssU0FBUyxVQUFVLE9BQU8sRUFBRSxFQUFFLFNBQVM7QUFBQSxFQUNuRDtBQUNBLFNBQU87QUFBQSxFQUF1QixLQUFLLEtBQUssSUFBSSxDQUFDO0FBQUE7QUFDL0M7QUFFQSxTQUFTLFNBQVMsTUFBYyxPQUF5QjtBQUN2RCxRQUFNLFFBQWtCLENBQUM7QUFDekIsTUFBSSxVQUFVO0FBQ2QsYUFBVyxRQUFRLEtBQUssTUFBTSxLQUFLLEdBQUc7QUFDcEMsUUFBSSxZQUFZLE1BQU0sUUFBUSxTQUFTLElBQUksS0FBSyxTQUFTLE9BQU87QUFDOUQsWUFBTSxLQUFLLE9BQU87QUFDbEIsZ0JBQVU7QUFBQSxJQUNaLE9BQU87QUFDTCxnQkFBVSxZQUFZLEtBQUssT0FBTyxHQUFHLE9BQU8sSUFBSSxJQUFJO0FBQUEsSUFDdEQ7QUFBQSxFQUNGO0FBQ0EsTUFBSSxZQUFZLEdBQUksT0FBTSxLQUFLLE9BQU87QUFDdEMsU0FBTztBQUNUO0FBRUEsU0FBUyxTQUFTLE9BQWUsT0FBdUI7QUFDdEQsUUFBTSxDQUFDLEtBQUssSUFBSSxJQUFJLE1BQU07QUFDMUIsUUFBTSxTQUFTLE9BQU8sT0FBTztBQUM3QixTQUFPLFNBQVMsTUFBTSxTQUFTLFNBQVMsT0FBTztBQUNqRDtBQUVBLFNBQVMsTUFBTSxPQUF1QjtBQUNwQyxTQUFPLEtBQUssTUFBTSxRQUFRLEdBQUcsSUFBSTtBQUNuQztBQUVPLFNBQVMsVUFBVSxNQUFzQjtBQUM5QyxTQUFPLEtBQUssUUFBUSxZQUFZLENBQUMsT0FBTyxFQUFFLEtBQUssUUFBUSxLQUFLLFFBQVEsS0FBSyxTQUFTLEtBQUssVUFBVSxLQUFLLFNBQVMsR0FBRyxDQUFDLENBQUU7QUFDdkg7IiwKICAibmFtZXMiOiBbInByb2plY3QiXQp9Cg==
