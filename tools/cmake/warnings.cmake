# Every target of ours builds with warnings as errors; third-party sources we compile (ImGui backends) opt out.
# -Wno-missing-field-initializers: Vulkan structs are filled with C++20 designated initialisers that
# deliberately leave unused members zero; GCC would otherwise warn on every one of them.
function(perfuse_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Werror -Wno-missing-field-initializers)
endfunction()
