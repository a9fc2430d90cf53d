#include "platform/heap_tuning.h"

#include <cstdlib>  // defines __GLIBC__ where the C library is glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace perfuse {

void keep_freed_heap_for_reuse() {
#if defined(__GLIBC__)
    // Setting the trim threshold also fixes the mmap threshold at its default (128 KB) instead of
    // letting glibc raise it: very large blocks still come from mmap and go straight back on free.
    constexpr int kTrimThresholdBytes = 128 * 1024 * 1024;
    mallopt(M_TRIM_THRESHOLD, kTrimThresholdBytes);
#endif
}

}  // namespace perfuse
