#include <malloc.h>
#include "frameheap.h"

void ts_keep_frames_in_heap(void) {
    mallopt(M_MMAP_THRESHOLD, 8 << 20);
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
}
