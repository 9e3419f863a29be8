#ifndef WEIGH_FRAMEHEAP_H
#define WEIGH_FRAMEHEAP_H
// Where a frame's memory comes from. Each frame builds a canvas of a few
// hundred kilobytes and frees the one before; glibc maps and unmaps blocks
// that large (or trims the heap and grows it again), so every frame faulted
// its pages in anew.

/// Keeps blocks up to 8 MB in the heap and the heap untrimmed below 64 MB,
/// so the canvases' memory is reused from frame to frame. Call once, before
/// the first frame.
void ts_keep_frames_in_heap(void);
#endif
