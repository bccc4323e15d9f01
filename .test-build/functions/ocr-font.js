const OCR_FONT_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const OCR_FONT_GLYPH_WIDTH = 5;
const OCR_FONT_GLYPH_HEIGHT = 7;
const OCR_FONT_PITCH_X = 6;
const OCR_FONT_PITCH_Y = 9;
const OCR_FONT_GLYPHS_PER_BLOCK = 6;
const OCR_FONT_BITMAPS = `
.###. ..#.. .###. ##### ...#. #####
#...# .##.. #...# ...#. ..##. #....
#..## ..#.. ....# ..#.. .#.#. ####.
#.#.# ..#.. ...#. ...#. #..#. ....#
##..# ..#.. ..#.. ....# ##### ....#
#...# ..#.. .#... #...# ...#. #...#
.###. .###. ##### .###. ...#. .###.

..##. ##### .###. .###. .###. ####.
.#... ....# #...# #...# #...# #...#
#.... ...#. #...# #...# #...# #...#
####. ..#.. .###. .#### ##### ####.
#...# .#... #...# ....# #...# #...#
#...# .#... #...# ...#. #...# #...#
.###. .#... .###. .##.. #...# ####.

.###. ###.. ##### ##### .###. #...#
#...# #..#. #.... #.... #...# #...#
#.... #...# #.... #.... #.... #...#
#.... #...# ####. ####. #.### #####
#.... #...# #.... #.... #...# #...#
#...# #..#. #.... #.... #...# #...#
.###. ###.. ##### #.... .#### #...#

.###. ..### #...# #.... #...# #...#
..#.. ...#. #..#. #.... ##.## #...#
..#.. ...#. #.#.. #.... #.#.# ##..#
..#.. ...#. ##... #.... #.#.# #.#.#
..#.. ...#. #.#.. #.... #...# #..##
..#.. #..#. #..#. #.... #...# #...#
.###. .##.. #...# ##### #...# #...#

.###. ####. .###. ####. .#### #####
#...# #...# #...# #...# #.... ..#..
#...# #...# #...# #...# #.... ..#..
#...# ####. #...# ####. .###. ..#..
#...# #.... #.#.# #.#.. ....# ..#..
#...# #.... #..#. #..#. ....# ..#..
.###. #.... .##.# #...# ####. ..#..

#...# #...# #...# #...# #...# #####
#...# #...# #...# #...# #...# ....#
#...# #...# #...# .#.#. .#.#. ...#.
#...# #...# #.#.# ..#.. ..#.. ..#..
#...# #...# #.#.# .#.#. ..#.. .#...
#...# .#.#. #.#.# #...# ..#.. #....
.###. ..#.. .#.#. #...# ..#.. #####
`;
export {
  OCR_FONT_BITMAPS,
  OCR_FONT_CHARS,
  OCR_FONT_GLYPHS_PER_BLOCK,
  OCR_FONT_GLYPH_HEIGHT,
  OCR_FONT_GLYPH_WIDTH,
  OCR_FONT_PITCH_X,
  OCR_FONT_PITCH_Y
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vc3JjL2Z1bmN0aW9ucy9vY3ItZm9udC50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqXG4gKiBUaGUgYWlydG50IE9DUiBmb250OiB0aGUgb25lIHRhYmxlIG9mIGdseXBocyBzaGFyZWQgYnkgdGhlIE9DUiBmdW5jdGlvbiAoQXNzZW1ibHlTY3JpcHQsXG4gKiBmdW5jdGlvbnMvb2NyL2Fzc2VtYmx5L2luZGV4LnRzIGltcG9ydHMgdGhpcyBmaWxlKSBhbmQgdGhlIGltYWdlIGdlbmVyYXRvciAob2NyLWltYWdlcy50cyksIHNvXG4gKiB0aGUgc2hhcGVzIHRoZSBnZW5lcmF0b3IgZHJhd3MgYW5kIHRoZSBzaGFwZXMgdGhlIG1vZHVsZSBtYXRjaGVzIGNhbm5vdCBkcmlmdCBhcGFydC5cbiAqXG4gKiBUaGlzIGZpbGUgbXVzdCBzdGF5IHZhbGlkIEFzc2VtYmx5U2NyaXB0IGFzIHdlbGwgYXMgVHlwZVNjcmlwdDogY29uc3RhbnRzIG9ubHkgKHN0cmluZ3MgYW5kXG4gKiBzbWFsbCBpbnRlZ2VycyksIG5vIGZ1bmN0aW9ucywgbm8gYXJyYXlzLCBhbmQgdGVtcGxhdGUgbGl0ZXJhbHMgd2l0aG91dCBzdWJzdGl0dXRpb25zIChBUyBrZWVwc1xuICogdGhvc2UgYXMgc3RhdGljIGRhdGE7IGEgYCtgIHdvdWxkIGFsbG9jYXRlIGF0IHN0YXJ0LXVwKS5cbiAqXG4gKiBMYXlvdXQgb2YgT0NSX0ZPTlRfQklUTUFQUzogZ2x5cGhzIGFyZSBkcmF3biBgI2AgKGluaykgYW5kIGAuYCAocGFwZXIpLCBPQ1JfRk9OVF9HTFlQSF9XSURUSCB4XG4gKiBPQ1JfRk9OVF9HTFlQSF9IRUlHSFQgZWFjaCwgT0NSX0ZPTlRfR0xZUEhTX1BFUl9CTE9DSyBzaWRlIGJ5IHNpZGUgcGVyIGJsb2NrLCBibG9ja3Mgb25lIHVuZGVyXG4gKiB0aGUgb3RoZXIuIEV2ZXJ5IG90aGVyIGNoYXJhY3RlciAoc3BhY2VzLCBuZXdsaW5lcykgaXMgaWdub3JlZDsgdGhlIGstdGggYCNgL2AuYCBpbiB0aGUgc3RyaW5nIGlzXG4gKiAgIGJsb2NrID0gayAvIChQRVJfQkxPQ0sgKiBXICogSCksIHJvdyA9IChrIC8gKFBFUl9CTE9DSyAqIFcpKSAlIEgsXG4gKiAgIGdseXBoID0gYmxvY2sgKiBQRVJfQkxPQ0sgKyAoayAvIFcpICUgUEVSX0JMT0NLLCBjb2x1bW4gPSBrICUgVyxcbiAqIGFuZCBnbHlwaCBpIGRyYXdzIHRoZSBjaGFyYWN0ZXIgT0NSX0ZPTlRfQ0hBUlNbaV0uXG4gKi9cblxuLyoqIFRoZSBjaGFyYWN0ZXJzIHRoZSBmb250IGRyYXdzLCBpbiB0aGUgb3JkZXIgb2YgT0NSX0ZPTlRfQklUTUFQUy4gKi9cbmV4cG9ydCBjb25zdCBPQ1JfRk9OVF9DSEFSUyA9ICcwMTIzNDU2Nzg5QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVonO1xuZXhwb3J0IGNvbnN0IE9DUl9GT05UX0dMWVBIX1dJRFRIID0gNTtcbmV4cG9ydCBjb25zdCBPQ1JfRk9OVF9HTFlQSF9IRUlHSFQgPSA3O1xuLyoqIFRleHQgaXMgbW9ub3NwYWNlZDogYSBnbHlwaCBwbHVzIG9uZSBibGFuayBjb2x1bW4uICovXG5leHBvcnQgY29uc3QgT0NSX0ZPTlRfUElUQ0hfWCA9IDY7XG4vKiogQSBnbHlwaCBwbHVzIHR3byBibGFuayByb3dzIGJldHdlZW4gbGluZXMuICovXG5leHBvcnQgY29uc3QgT0NSX0ZPTlRfUElUQ0hfWSA9IDk7XG5leHBvcnQgY29uc3QgT0NSX0ZPTlRfR0xZUEhTX1BFUl9CTE9DSyA9IDY7XG5cbmV4cG9ydCBjb25zdCBPQ1JfRk9OVF9CSVRNQVBTID0gYFxuLiMjIy4gLi4jLi4gLiMjIy4gIyMjIyMgLi4uIy4gIyMjIyNcbiMuLi4jIC4jIy4uICMuLi4jIC4uLiMuIC4uIyMuICMuLi4uXG4jLi4jIyAuLiMuLiAuLi4uIyAuLiMuLiAuIy4jLiAjIyMjLlxuIy4jLiMgLi4jLi4gLi4uIy4gLi4uIy4gIy4uIy4gLi4uLiNcbiMjLi4jIC4uIy4uIC4uIy4uIC4uLi4jICMjIyMjIC4uLi4jXG4jLi4uIyAuLiMuLiAuIy4uLiAjLi4uIyAuLi4jLiAjLi4uI1xuLiMjIy4gLiMjIy4gIyMjIyMgLiMjIy4gLi4uIy4gLiMjIy5cblxuLi4jIy4gIyMjIyMgLiMjIy4gLiMjIy4gLiMjIy4gIyMjIy5cbi4jLi4uIC4uLi4jICMuLi4jICMuLi4jICMuLi4jICMuLi4jXG4jLi4uLiAuLi4jLiAjLi4uIyAjLi4uIyAjLi4uIyAjLi4uI1xuIyMjIy4gLi4jLi4gLiMjIy4gLiMjIyMgIyMjIyMgIyMjIy5cbiMuLi4jIC4jLi4uICMuLi4jIC4uLi4jICMuLi4jICMuLi4jXG4jLi4uIyAuIy4uLiAjLi4uIyAuLi4jLiAjLi4uIyAjLi4uI1xuLiMjIy4gLiMuLi4gLiMjIy4gLiMjLi4gIy4uLiMgIyMjIy5cblxuLiMjIy4gIyMjLi4gIyMjIyMgIyMjIyMgLiMjIy4gIy4uLiNcbiMuLi4jICMuLiMuICMuLi4uICMuLi4uICMuLi4jICMuLi4jXG4jLi4uLiAjLi4uIyAjLi4uLiAjLi4uLiAjLi4uLiAjLi4uI1xuIy4uLi4gIy4uLiMgIyMjIy4gIyMjIy4gIy4jIyMgIyMjIyNcbiMuLi4uICMuLi4jICMuLi4uICMuLi4uICMuLi4jICMuLi4jXG4jLi4uIyAjLi4jLiAjLi4uLiAjLi4uLiAjLi4uIyAjLi4uI1xuLiMjIy4gIyMjLi4gIyMjIyMgIy4uLi4gLiMjIyMgIy4uLiNcblxuLiMjIy4gLi4jIyMgIy4uLiMgIy4uLi4gIy4uLiMgIy4uLiNcbi4uIy4uIC4uLiMuICMuLiMuICMuLi4uICMjLiMjICMuLi4jXG4uLiMuLiAuLi4jLiAjLiMuLiAjLi4uLiAjLiMuIyAjIy4uI1xuLi4jLi4gLi4uIy4gIyMuLi4gIy4uLi4gIy4jLiMgIy4jLiNcbi4uIy4uIC4uLiMuICMuIy4uICMuLi4uICMuLi4jICMuLiMjXG4uLiMuLiAjLi4jLiAjLi4jLiAjLi4uLiAjLi4uIyAjLi4uI1xuLiMjIy4gLiMjLi4gIy4uLiMgIyMjIyMgIy4uLiMgIy4uLiNcblxuLiMjIy4gIyMjIy4gLiMjIy4gIyMjIy4gLiMjIyMgIyMjIyNcbiMuLi4jICMuLi4jICMuLi4jICMuLi4jICMuLi4uIC4uIy4uXG4jLi4uIyAjLi4uIyAjLi4uIyAjLi4uIyAjLi4uLiAuLiMuLlxuIy4uLiMgIyMjIy4gIy4uLiMgIyMjIy4gLiMjIy4gLi4jLi5cbiMuLi4jICMuLi4uICMuIy4jICMuIy4uIC4uLi4jIC4uIy4uXG4jLi4uIyAjLi4uLiAjLi4jLiAjLi4jLiAuLi4uIyAuLiMuLlxuLiMjIy4gIy4uLi4gLiMjLiMgIy4uLiMgIyMjIy4gLi4jLi5cblxuIy4uLiMgIy4uLiMgIy4uLiMgIy4uLiMgIy4uLiMgIyMjIyNcbiMuLi4jICMuLi4jICMuLi4jICMuLi4jICMuLi4jIC4uLi4jXG4jLi4uIyAjLi4uIyAjLi4uIyAuIy4jLiAuIy4jLiAuLi4jLlxuIy4uLiMgIy4uLiMgIy4jLiMgLi4jLi4gLi4jLi4gLi4jLi5cbiMuLi4jICMuLi4jICMuIy4jIC4jLiMuIC4uIy4uIC4jLi4uXG4jLi4uIyAuIy4jLiAjLiMuIyAjLi4uIyAuLiMuLiAjLi4uLlxuLiMjIy4gLi4jLi4gLiMuIy4gIy4uLiMgLi4jLi4gIyMjIyNcbmA7XG4iXSwKICAibWFwcGluZ3MiOiAiQUFrQk8sTUFBTSxpQkFBaUI7QUFDdkIsTUFBTSx1QkFBdUI7QUFDN0IsTUFBTSx3QkFBd0I7QUFFOUIsTUFBTSxtQkFBbUI7QUFFekIsTUFBTSxtQkFBbUI7QUFDekIsTUFBTSw0QkFBNEI7QUFFbEMsTUFBTSxtQkFBbUI7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7IiwKICAibmFtZXMiOiBbXQp9Cg==
