# Writes a C++ source that holds every default letter template
# (records/templates/*.md) as a string, by file name.
set(body "// Generated from records/templates/*.md: do not edit.\n#include \"documents/embedded_templates.h\"\n\nnamespace pd {\n\nconst std::vector<std::pair<std::string_view, std::string_view>>& embedded_templates() {\n  static const std::vector<std::pair<std::string_view, std::string_view>> templates = {\n")
file(GLOB TEMPLATES ${TEMPLATE_DIR}/*.md)
list(SORT TEMPLATES)
foreach(path IN LISTS TEMPLATES)
  get_filename_component(name ${path} NAME)
  file(READ ${path} content)
  string(APPEND body "    {\"${name}\", R\"pdtemplate(${content})pdtemplate\"},\n")
endforeach()
string(APPEND body "  };\n  return templates;\n}\n\n}  // namespace pd\n")
file(WRITE ${OUTPUT} "${body}")
