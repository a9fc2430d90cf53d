# Adds each listed sub-folder that has a CMakeLists.txt. Lets modules land one at a time without
# editing their parent; every module that exists is always built.
function(perfuse_add_subdirs)
  foreach(dir IN LISTS ARGN)
    if(EXISTS ${CMAKE_CURRENT_SOURCE_DIR}/${dir}/CMakeLists.txt)
      add_subdirectory(${dir})
    endif()
  endforeach()
endfunction()
