#pragma once
// How the C library's heap treats memory the process frees.

namespace perfuse {

// Keep up to 128 MB of freed heap memory for reuse instead of handing it back to the kernel.
// A CPU Vulkan driver (lavapipe) frees and reallocates its per-frame binning memory every frame;
// with glibc's default 128 KB trim threshold that memory went back to the kernel after each frame
// and was page-faulted in again in the next: about an eighth of a lavapipe frame (README,
// Benchmarks). Call once, first thing in main. Does nothing where the C library is not glibc.
void keep_freed_heap_for_reuse();

}  // namespace perfuse
