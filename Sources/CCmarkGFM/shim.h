#ifndef WEIGH_CCMARKGFM_SHIM_H
#define WEIGH_CCMARKGFM_SHIM_H
// cmark-gfm and its GitHub extensions (tables, strikethrough, autolink).
// Debian: libcmark-gfm-dev, libcmark-gfm-extensions-dev.
#include <cmark-gfm.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm-core-extensions.h>

/// Options used for every parse: validate UTF-8 (macros do not import).
static inline int cm_parse_options(void) {
    return CMARK_OPT_VALIDATE_UTF8;
}
#endif
