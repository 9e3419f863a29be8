#ifndef WEIGH_CURSESRESIZE_H
#define WEIGH_CURSESRESIZE_H
// Resizing curses after SIGWINCH. weigh installs its own SIGWINCH handler
// (see cterminalsignals.h), so ncurses does not resize by itself; this does
// it, in C because it needs the `curscr` global.

/// Reads the terminal's size from `fd`, resizes curses to it and marks the
/// screen's contents unknown, so the next refresh repaints everything (the
/// terminal may have cropped what it showed even if the size came back).
/// 1 on success, 0 if the size could not be read.
int ts_resize_curses(int fd);
#endif
