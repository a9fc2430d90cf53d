# A precompiled header of nlohmann-json for the content libraries that read content files. json
# takes about 4 s to parse in every file that includes it; this is parsed once, by a small anchor
# target, and reused (REUSE_FROM) by each library given it. On a 2-core machine the four libraries
# given it (content/CMakeLists.txt) compiled from clean in 3 min 42 s instead of 4 min 55 s.
#
# Only where many files read JSON: loading the header costs about 0.6 s even in a file that uses
# none of it. Tried and left out: GoogleTest for the test files. Their compile time fell by no more
# than the run-to-run noise (their own test bodies, not the header, are the cost), and GCC 12 then
# raised false -Warray-bounds errors in five of them.
#
# Reuse needs the anchor's compiler options. Every option that matters is set for the whole project
# (build type, sanitizers, GLM_FORCE_DEPTH_ZERO_TO_ONE). Should they ever differ, GCC says so
# (-Winvalid-pch, an error under -Werror) rather than quietly parsing the header again.
function(perfuse_json_pch)
  if(NOT TARGET perfuse_pch_json)
    add_library(perfuse_pch_json OBJECT ${PROJECT_SOURCE_DIR}/tools/cmake/pch_anchor.cpp)
    target_precompile_headers(perfuse_pch_json PRIVATE <map> <string> <vector> <nlohmann/json.hpp>)
    perfuse_warnings(perfuse_pch_json)
  endif()
  foreach(target IN LISTS ARGN)
    target_precompile_headers(${target} REUSE_FROM perfuse_pch_json)
  endforeach()
endfunction()
