// documents/markdown_escape: record text inside a Markdown document.
#include "documents/markdown_escape.h"

#include <doctest/doctest.h>

using pd::MarkdownContext;

TEST_CASE("record text cannot change the document's structure") {
  CHECK(pd::markdown_escape("# Заголовок", MarkdownContext::paragraph) == "\\# Заголовок");
  CHECK(pd::markdown_escape("> цитата\n  # ещё", MarkdownContext::paragraph) ==
        "\\> цитата\n  \\# ещё");
  CHECK(pd::markdown_escape("a_b*c`d[e](f)\\", MarkdownContext::paragraph) ==
        "a\\_b\\*c\\`d\\[e\\](f)\\\\");
  CHECK(pd::markdown_escape("<script>", MarkdownContext::paragraph) == "&lt;script>");
  CHECK(pd::markdown_escape("a | b", MarkdownContext::paragraph) == "a | b");
  CHECK(pd::markdown_escape("a | b\nc", MarkdownContext::table) == "a \\| b c");
  CHECK(pd::markdown_escape("звонок\x1b[31m красный\n\n", MarkdownContext::paragraph) ==
        "звонок красный");
  CHECK(pd::markdown_escape("C# и 5 > 3", MarkdownContext::paragraph) == "C# и 5 > 3");
}
