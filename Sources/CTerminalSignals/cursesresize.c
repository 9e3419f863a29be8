#define _XOPEN_SOURCE_EXTENDED 1
#define _DEFAULT_SOURCE 1
#include <sys/ioctl.h>
#include <ncursesw/curses.h>
#include "cursesresize.h"

int ts_resize_curses(int fd) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) != 0 || size.ws_row == 0 || size.ws_col == 0) return 0;
    if (resize_term(size.ws_row, size.ws_col) != OK) return 0;
    // The terminal may have cropped or reflowed what it showed, even if
    // the size is back where it was: repaint everything.
    clearok(curscr, TRUE);
    return 1;
}
