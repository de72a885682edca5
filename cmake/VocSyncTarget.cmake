# Shared compile settings for every VocSync target (STYLE.md 10).
add_library(vocsync_options INTERFACE)
target_compile_definitions(vocsync_options INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_USE_QSTRINGBUILDER
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_DISABLE_DEPRECATED_BEFORE=0x060400)
target_compile_options(vocsync_options INTERFACE
  -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual
  -Werror=deprecated-declarations)
if(VOCSYNC_WERROR)
  target_compile_options(vocsync_options INTERFACE -Werror)
endif()
if(VOCSYNC_SANITIZE)
  target_compile_options(vocsync_options INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(vocsync_options INTERFACE -fsanitize=address,undefined)
endif()

# vocsync_module(<name> LINK <targets...>)
# One static library per folder under modules/: public headers in include/vocsync/<name>/,
# sources and private headers in src/. Alias VocSync::<Name>.
function(vocsync_module name)
  cmake_parse_arguments(ARG "" "" "LINK" ${ARGN})
  file(GLOB_RECURSE srcs CONFIGURE_DEPENDS
       ${CMAKE_CURRENT_SOURCE_DIR}/src/*.cpp ${CMAKE_CURRENT_SOURCE_DIR}/src/*.h
       ${CMAKE_CURRENT_SOURCE_DIR}/include/*.h)
  add_library(vocsync_${name} STATIC ${srcs})
  string(SUBSTRING ${name} 0 1 first)
  string(TOUPPER ${first} first)
  string(SUBSTRING ${name} 1 -1 rest)
  add_library(VocSync::${first}${rest} ALIAS vocsync_${name})
  target_include_directories(vocsync_${name}
    PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/include
    PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/src)
  target_link_libraries(vocsync_${name} PUBLIC ${ARG_LINK} PRIVATE vocsync_options)
  set_property(GLOBAL APPEND PROPERTY VOCSYNC_I18N_TARGETS vocsync_${name})
endfunction()

# vocsync_test(<module> <name> [GUI] LINK <targets...>)
# One executable per test class: tests/<module>/tst_<name>.cpp, registered in CTest.
function(vocsync_test module name)
  cmake_parse_arguments(ARG "GUI" "TIMEOUT" "LINK;SOURCES" ${ARGN})
  set(tgt tst_${module}_${name})
  add_executable(${tgt} tst_${name}.cpp ${ARG_SOURCES})
  target_link_libraries(${tgt} PRIVATE ${ARG_LINK} Qt6::Test vocsync_options)
  add_test(NAME ${module}.${name} COMMAND ${tgt})
  set(env "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;TZ=UTC"
          "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/lsan.supp"
          "VOCSYNC_SOURCE_DIR=${PROJECT_SOURCE_DIR}")
  if(NOT ARG_TIMEOUT)
    set(ARG_TIMEOUT 300)
  endif()
  set_tests_properties(${module}.${name} PROPERTIES ENVIRONMENT "${env}" TIMEOUT ${ARG_TIMEOUT}
                       LABELS ${module})
endfunction()

# Absolute paths of the .cpp/.h of the given targets, for lupdate (Qt 6.4 has no SOURCE_TARGETS).
function(vocsync_collect_i18n_sources out)
  set(r "")
  foreach(t IN LISTS ARGN)
    get_target_property(srcs ${t} SOURCES)
    get_target_property(dir ${t} SOURCE_DIR)
    foreach(s IN LISTS srcs)
      if(s MATCHES "\\$<")
        continue()
      endif()
      cmake_path(ABSOLUTE_PATH s BASE_DIRECTORY "${dir}" OUTPUT_VARIABLE a)
      if(a MATCHES "\\.(cpp|h|ui)$")
        list(APPEND r "${a}")
      endif()
    endforeach()
  endforeach()
  set(${out} "${r}" PARENT_SCOPE)
endfunction()
