# Every target of ours builds with warnings as errors; third-party sources we compile (ImGui backends) opt out.
# -Wno-missing-field-initializers: Vulkan structs are filled with C++20 designated initialisers that
# deliberately leave unused members zero; GCC would otherwise warn on every one of them.
# GCC 12 at -O3 (Release) reports -Wrestrict and -Wstringop-overflow inside libstdc++'s std::string and
# std::vector for correct code (GCC bugs 105329 and 106199, fixed in GCC 13): those two are off there,
# so Release builds on Debian 12 work. Debug/RelWithDebInfo builds (the test build) keep them.
function(perfuse_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Werror -Wno-missing-field-initializers)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    target_compile_options(${target} PRIVATE $<$<CONFIG:Release>:-Wno-restrict -Wno-stringop-overflow>)
  endif()
endfunction()
