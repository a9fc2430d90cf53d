# Adds each listed sub-folder that has a CMakeLists.txt. Lets modules land one at a time without
# editing their parent; every module that exists is always built. PERFUSE_SKIP_MODULES (a list of
# folders relative to the top, e.g. tests/world) leaves some out, for working on one module while
# another is half-written.
set(PERFUSE_SKIP_MODULES "" CACHE STRING "Module folders to leave out of this build (development only)")
function(perfuse_add_subdirs)
  foreach(dir IN LISTS ARGN)
    file(RELATIVE_PATH relative ${PROJECT_SOURCE_DIR} ${CMAKE_CURRENT_SOURCE_DIR}/${dir})
    if(relative IN_LIST PERFUSE_SKIP_MODULES)
      message(STATUS "Perfuse: skipping ${relative} (PERFUSE_SKIP_MODULES)")
    elseif(EXISTS ${CMAKE_CURRENT_SOURCE_DIR}/${dir}/CMakeLists.txt)
      add_subdirectory(${dir})
    endif()
  endforeach()
endfunction()
