# PERFUSE_SANITIZE=address;undefined builds everything (ours and the ImGui backends) with those sanitizers.
if(PERFUSE_SANITIZE)
  list(JOIN PERFUSE_SANITIZE "," _perfuse_san)
  message(STATUS "Perfuse: sanitizers ${_perfuse_san}")
  add_compile_options(-fsanitize=${_perfuse_san} -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=${_perfuse_san})
endif()
