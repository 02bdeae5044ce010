# Included by tests/CMakeLists.txt in the normal (g++) build: each fuzz target
# runs for a few seconds in `make test`, from the clang build in build-fuzz/
# (tests/fuzz/build-fuzz, the fixture `fuzz_build`). Without clang and
# libFuzzer (scripts/install-deps installs them) there are none.
find_program(PARENTDESK_CLANGXX clang++)
set(PARENTDESK_FUZZ_BUILD ${PROJECT_SOURCE_DIR}/build-fuzz
    CACHE PATH "The build directory of the fuzz targets run by make test")
set(PARENTDESK_FUZZ_SECONDS 3 CACHE STRING "How long make test runs each fuzz target")
if(PARENTDESK_CLANGXX)
  execute_process(COMMAND ${PARENTDESK_CLANGXX} -print-runtime-dir
                  OUTPUT_VARIABLE runtime_dir OUTPUT_STRIP_TRAILING_WHITESPACE
                  ERROR_QUIET)
endif()
if(NOT EXISTS "${runtime_dir}/libclang_rt.fuzzer-${CMAKE_SYSTEM_PROCESSOR}.a")
  message(STATUS "No clang with libFuzzer: the fuzz targets are not run by make test")
  return()
endif()
add_test(NAME fuzz_build COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/build-fuzz
                                    ${PARENTDESK_FUZZ_BUILD})
set_tests_properties(fuzz_build PROPERTIES FIXTURES_SETUP fuzz_targets TIMEOUT 3600)
foreach(target fuzz_record fuzz_school fuzz_datetime fuzz_roundtrip)
  add_test(NAME ${target}
           COMMAND ${PYTHON3} ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/run_fuzz.py
                   --bin ${PARENTDESK_FUZZ_BUILD}/tests/fuzz
                   --seconds ${PARENTDESK_FUZZ_SECONDS} --targets ${target})
  set_tests_properties(${target} PROPERTIES FIXTURES_REQUIRED fuzz_targets)
endforeach()
