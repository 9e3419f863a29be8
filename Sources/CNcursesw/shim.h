#ifndef WEIGH_CNCURSESW_SHIM_H
#define WEIGH_CNCURSESW_SHIM_H
// ncursesw, wide-character API. Debian: libncursesw5-dev (libncurses-dev).
// Swift cannot import ncurses macros or use its mutable globals safely, so
// everything TerminalCurses needs is reached through these cn_ functions.
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline WINDOW *cn_curscr(void) { return curscr; }
static inline int cn_lines(void) { return LINES; }
static inline int cn_cols(void) { return COLS; }
static inline int cn_colors(void) { return COLORS; }
static inline int cn_color_pairs(void) { return COLOR_PAIRS; }
static inline void cn_getmaxyx(WINDOW *w, int *y, int *x) { int yy, xx; getmaxyx(w, yy, xx); *y = yy; *x = xx; }

static inline attr_t cn_attr_normal(void) { return A_NORMAL; }
static inline attr_t cn_attr_bold(void) { return A_BOLD; }
static inline attr_t cn_attr_dim(void) { return A_DIM; }
static inline attr_t cn_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t cn_attr_reverse(void) { return A_REVERSE; }
static inline attr_t cn_attr_italic(void) { return A_ITALIC; }

static inline int cn_key_resize(void) { return KEY_RESIZE; }
static inline int cn_key_mouse(void) { return KEY_MOUSE; }
static inline int cn_key_code_yes(void) { return KEY_CODE_YES; }
static inline int cn_key_up(void) { return KEY_UP; }
static inline int cn_key_down(void) { return KEY_DOWN; }
static inline int cn_key_left(void) { return KEY_LEFT; }
static inline int cn_key_right(void) { return KEY_RIGHT; }
static inline int cn_key_home(void) { return KEY_HOME; }
static inline int cn_key_end(void) { return KEY_END; }
static inline int cn_key_npage(void) { return KEY_NPAGE; }
static inline int cn_key_ppage(void) { return KEY_PPAGE; }
static inline int cn_key_btab(void) { return KEY_BTAB; }
static inline int cn_key_enter(void) { return KEY_ENTER; }
static inline int cn_key_backspace(void) { return KEY_BACKSPACE; }
static inline int cn_key_dc(void) { return KEY_DC; }
static inline int cn_key_f(int n) { return KEY_F(n); }

static inline mmask_t cn_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t cn_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t cn_button1_clicked(void) { return BUTTON1_CLICKED | BUTTON1_RELEASED; }
static inline mmask_t cn_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t cn_button5_pressed(void) {
#ifdef BUTTON5_PRESSED
    return BUTTON5_PRESSED;
#else
    return 0;
#endif
}

/// Makes `cell` a space with attributes and a color pair; `cn_cell_chars`
/// then gives it its characters, so a frame calls setcchar once per style
/// rather than once per cell.
static inline int cn_cell_style(cchar_t *cell, attr_t attrs, short pair) {
    const wchar_t space[2] = {L' ', 0};
    return setcchar(cell, space, attrs, pair, NULL);
}

/// Sets the characters of a cell made by `cn_cell_style`: a base
/// character and up to four combining marks, 0 after the last (CCHARW_MAX
/// is 5). By value, so Swift passes no pointer for them.
static inline void cn_cell_chars(cchar_t *cell, wchar_t c0, wchar_t c1, wchar_t c2, wchar_t c3, wchar_t c4) {
    cell->chars[0] = c0;
    cell->chars[1] = c1;
    cell->chars[2] = c2;
    cell->chars[3] = c3;
    cell->chars[4] = c4;
}

/// Puts `count` cells on row y from column x in one call. A wide
/// character takes its own cell and the next (so the array holds no cell
/// for the column it covers); nothing wraps or scrolls, not even at the
/// bottom-right corner.
static inline int cn_put_cells(int y, int x, const cchar_t *cells, int count) {
    return mvwadd_wchnstr(stdscr, y, x, cells, count);
}

/// 1 if terminfo knows the terminal type `term` (from libtinfo; term.h is
/// not included because its macros clash with ordinary names).
extern int setupterm(const char *term, int filedes, int *errret);
static inline int cn_terminal_known(const char *term, int fd) {
    int status = 0;
    return setupterm(term, fd, &status) == OK && status == 1;
}
#endif
