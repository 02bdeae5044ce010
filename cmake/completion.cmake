# Shell completion (issue 16). Each command prints its own completion script,
# made from its option definitions (`<tool> --complete bash|zsh`); the build
# runs the built command to write tools/completion/<tool>.bash and
# tools/completion/_<tool>, and `cmake --install` puts them where Debian's
# bash-completion and zsh look for them:
#   share/bash-completion/completions/<tool>
#   share/zsh/vendor-completions/_<tool>
#
# Run as a script, it writes one file:
#   cmake -DTOOL=<command> -DSHELL_NAME=bash|zsh -DOUT=<file> -P completion.cmake
if(CMAKE_SCRIPT_MODE_FILE)
  execute_process(COMMAND ${TOOL} --complete ${SHELL_NAME}
                  OUTPUT_FILE ${OUT}.tmp RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    file(REMOVE ${OUT}.tmp)
    message(FATAL_ERROR "${TOOL} --complete ${SHELL_NAME} failed: ${result}")
  endif()
  file(RENAME ${OUT}.tmp ${OUT})
  return()
endif()

function(parentdesk_completion tool)
  set(dir ${CMAKE_CURRENT_BINARY_DIR}/completion)
  set(bash ${dir}/${tool}.bash)
  set(zsh ${dir}/_${tool})
  add_custom_command(
    OUTPUT ${bash} ${zsh}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${dir}
    COMMAND ${CMAKE_COMMAND} -DTOOL=$<TARGET_FILE:${tool}> -DSHELL_NAME=bash -DOUT=${bash}
            -P ${CMAKE_CURRENT_FUNCTION_LIST_FILE}
    COMMAND ${CMAKE_COMMAND} -DTOOL=$<TARGET_FILE:${tool}> -DSHELL_NAME=zsh -DOUT=${zsh}
            -P ${CMAKE_CURRENT_FUNCTION_LIST_FILE}
    DEPENDS ${tool} ${CMAKE_CURRENT_FUNCTION_LIST_FILE}
    COMMENT "Writing the shell completion of ${tool}"
    VERBATIM)
  add_custom_target(${tool}_completion ALL DEPENDS ${bash} ${zsh})
  install(FILES ${bash} DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
          RENAME ${tool})
  install(FILES ${zsh} DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
endfunction()
