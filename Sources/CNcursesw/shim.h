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
static inline void cn_getmaxyx(WINDOW *w, int *y, int *x) { int yy, xx; getmaxyx(w, yy, xx); *y = yy; *x = xx; }

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

/// A string capability of the current terminal (after `initscr` or
/// `setupterm`), or NULL when it has none; ncurses' own (char *)-1 for a
/// name that is not a string capability is NULL here too.
static inline const char *cn_tigetstr(const char *name) {
    char *value = tigetstr(name);
    return value == (char *)-1 ? NULL : value;
}

/// A boolean capability: 1 if the terminal has it, else 0.
static inline int cn_tigetflag(const char *name) { return tigetflag(name) == 1; }

/// A numeric capability, or -1 when absent.
static inline int cn_tigetnum(const char *name) { return tigetnum(name); }

/// `capability` with one and with two parameters filled in (tiparm is
/// variadic, which Swift cannot call). The result is ncurses' static
/// buffer: copy it before the next call.
static inline const char *cn_tiparm1(const char *capability, int first) { return tiparm(capability, first); }
static inline const char *cn_tiparm2(const char *capability, int first, int second) { return tiparm(capability, first, second); }

/// 1 if terminfo knows the terminal type `term` (from libtinfo; term.h is
/// not included because its macros clash with ordinary names).
extern int setupterm(const char *term, int filedes, int *errret);
static inline int cn_terminal_known(const char *term, int fd) {
    int status = 0;
    return setupterm(term, fd, &status) == OK && status == 1;
}
#endif
