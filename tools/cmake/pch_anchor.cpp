// The anchor of a precompiled-header set (tools/cmake/precompiled_headers.cmake): CMake compiles a
// target's headers only alongside at least one source file, and this is that file.
