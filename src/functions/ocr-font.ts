/**
 * The airtnt OCR font: the one table of glyphs shared by the OCR function (AssemblyScript,
 * functions/ocr/assembly/index.ts imports this file) and the image generator (ocr-images.ts), so
 * the shapes the generator draws and the shapes the module matches cannot drift apart.
 *
 * This file must stay valid AssemblyScript as well as TypeScript: constants only (strings and
 * small integers), no functions, no arrays, and template literals without substitutions (AS keeps
 * those as static data; a `+` would allocate at start-up).
 *
 * Layout of OCR_FONT_BITMAPS: glyphs are drawn `#` (ink) and `.` (paper), OCR_FONT_GLYPH_WIDTH x
 * OCR_FONT_GLYPH_HEIGHT each, OCR_FONT_GLYPHS_PER_BLOCK side by side per block, blocks one under
 * the other. Every other character (spaces, newlines) is ignored; the k-th `#`/`.` in the string is
 *   block = k / (PER_BLOCK * W * H), row = (k / (PER_BLOCK * W)) % H,
 *   glyph = block * PER_BLOCK + (k / W) % PER_BLOCK, column = k % W,
 * and glyph i draws the character OCR_FONT_CHARS[i].
 */

/** The characters the font draws, in the order of OCR_FONT_BITMAPS. */
export const OCR_FONT_CHARS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const OCR_FONT_GLYPH_WIDTH = 5;
export const OCR_FONT_GLYPH_HEIGHT = 7;
/** Text is monospaced: a glyph plus one blank column. */
export const OCR_FONT_PITCH_X = 6;
/** A glyph plus two blank rows between lines. */
export const OCR_FONT_PITCH_Y = 9;
export const OCR_FONT_GLYPHS_PER_BLOCK = 6;

export const OCR_FONT_BITMAPS = `
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
