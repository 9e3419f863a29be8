#ifndef WEIGH_CLOCALEWIDTH_H
#define WEIGH_CLOCALEWIDTH_H
// libc's wcwidth and the locale's codeset, which Swift's Glibc module does
// not export (they need _XOPEN_SOURCE). ncurses measures with the same
// wcwidth, so the layout and the terminal agree on every width.

/// Columns the code point takes: 0 combining, 2 wide, -1 unprintable.
int clw_wcwidth(unsigned int codepoint);

/// 1 if the current LC_CTYPE codeset is UTF-8.
int clw_codeset_is_utf8(void);
#endif
