#include "cli/output_choice.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <charconv>
#include <cstdlib>
#include <string_view>

#include "core/error.h"
#include "core/i18n.h"

namespace pd {

namespace {

// --wide of the subcommand being run. CLI11 parses one subcommand per run,
// and the tools pass only --bom's value on to choose_output(), so the flag
// is kept here rather than in each tool.
bool& wide_flag() {
  static bool wide = false;
  return wide;
}

std::optional<size_t> columns_variable() {
  const char* text = std::getenv("COLUMNS");
  if (!text || !*text) return std::nullopt;
  std::string_view digits(text);
  size_t value = 0;
  auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (error != std::errc() || end != digits.data() + digits.size() || value == 0)
    return std::nullopt;
  return value;
}

}  // namespace

std::shared_ptr<bool> add_bom_flag(CLI::App* cmd) {
  auto bom = std::make_shared<bool>(false);
  cmd->add_flag("--bom", *bom, tr("with --format csv: a UTF-8 byte-order mark first"));
  cmd->add_flag("-w,--wide", wide_flag(),
                tr("every column, nothing cut short (by default a table on a terminal fits "
                   "its width)"));
  return bom;
}

OutputChoice choose_output(Context& ctx, std::initializer_list<OutputFormat> offered, bool bom) {
  OutputChoice choice{ctx.format(offered), bom};
  if (bom && choice.format != OutputFormat::csv)
    throw Error(ExitCode::usage, tr("--bom: only with --format csv"));
  set_table_style(table_style_for(this_terminal(), wide_flag() ? Wide::yes : Wide::no,
                                  ctx.options.no_color ? ColorFlag::off : ColorFlag::on));
  return choice;
}

Terminal this_terminal() {
  Terminal terminal;
  terminal.is_tty = ::isatty(STDOUT_FILENO) == 1;
  terminal.columns = columns_variable();
  if (terminal.is_tty && !terminal.columns) {
    winsize size{};
    if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
      terminal.columns = size.ws_col;
  }
  const char* no_color = std::getenv("NO_COLOR");
  terminal.no_color = no_color && *no_color;
  const char* term = std::getenv("TERM");
  terminal.dumb = !term || !*term || std::string_view(term) == "dumb";
  return terminal;
}

TableStyle table_style_for(const Terminal& terminal, Wide wide, ColorFlag color) {
  TableStyle style;
  if (!terminal.is_tty) return style;
  if (wide == Wide::no) style.width = terminal.columns;
  style.colour = color == ColorFlag::on && !terminal.no_color && !terminal.dumb;
  return style;
}

}  // namespace pd
