# Writes a C++ source that holds the compiled catalogues (.mo images) as byte
# arrays: the binaries speak Russian and Kazakh without installed locales.
# -DOUTPUT=file.cpp -DMO_DIR=dir-of-the-mo-files -DLANGUAGES=ru,kk
set(body "// Generated from po/*.po by msgfmt and cmake/embed_catalogues.cmake: do not edit.\n#include \"core/catalogue.h\"\n\nnamespace pd {\n\nnamespace {\n\n")
set(cases "")
string(REPLACE "," ";" codes "${LANGUAGES}")
foreach(code IN LISTS codes)
  file(READ ${MO_DIR}/${code}.mo hex HEX)
  string(LENGTH "${hex}" hex_length)
  math(EXPR size "${hex_length} / 2")
  string(REGEX REPLACE "(..)" "0x\\1," bytes "${hex}")
  string(APPEND body "const unsigned char k_${code}[${size}] = {${bytes}};\n\n")
  string(APPEND cases "    case Language::${code}:\n      return {reinterpret_cast<const char*>(k_${code}), sizeof k_${code}};\n")
endforeach()
string(APPEND body "}  // namespace\n\nstd::string_view embedded_catalogue(Language language) {\n  switch (language) {\n${cases}    default:\n      break;\n  }\n  return {};\n}\n\n}  // namespace pd\n")
file(WRITE ${OUTPUT} "${body}")
