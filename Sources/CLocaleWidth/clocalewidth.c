#define _XOPEN_SOURCE 700
#include <wchar.h>
#include <langinfo.h>
#include <strings.h>
#include "clocalewidth.h"

int clw_wcwidth(unsigned int codepoint) {
    return wcwidth((wchar_t)codepoint);
}

int clw_codeset_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset && (strcasecmp(codeset, "UTF-8") == 0 || strcasecmp(codeset, "utf8") == 0);
}
