# Every target of ours builds with warnings as errors; third-party sources we compile (ImGui backends) opt out.
function(perfuse_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Werror)
endfunction()
