// Line editing with libedit (Debian's libedit2, "BSD editline"). libedit is
// BSD-licensed, so it can be linked into parentdesk whatever licence the
// school's copy goes under; GNU readline would make the binaries GPL, and
// replxx is not packaged with a pkg-config file in Debian 12. libedit is
// used through its own wide-character API (el_wgets) rather than its
// readline() emulation: that emulation writes to stdout and handles Ctrl-C
// by the process's signal action, while el_init() takes the stderr FILE* and
// EL_GETCFN lets this file read the bytes itself.
//
// UTF-8: libedit draws a wide character with wctomb() and measures it with
// wcwidth(), which follow LC_CTYPE. parentdesk never calls setlocale() (its
// formatting does not depend on the locale), so LC_CTYPE is "C", where a
// Cyrillic letter cannot be drawn. While a line is read, this thread alone
// uses a UTF-8 LC_CTYPE (the environment's when it is UTF-8, else C.UTF-8)
// through uselocale(), and returns to the previous locale after: nothing
// else of the program sees it, and no other category changes. The bytes
// typed are decoded here as UTF-8 (records are UTF-8 whatever the locale).
#include "cli/line_editor.h"

#include <histedit.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <string_view>

#include "core/utf8.h"

namespace pd {

namespace {

volatile std::sig_atomic_t sigint_seen = 0;

extern "C" void on_interrupt(int) {
  sigint_seen = 1;
}

// While alive, SIGINT sets `sigint_seen` and interrupts a read() (no
// SA_RESTART) instead of ending the process. A SIGINT the process ignores
// (started with nohup or in the background) stays ignored.
class InterruptGuard {
 public:
  InterruptGuard() {
    sigint_seen = 0;
    struct sigaction action {};
    action.sa_handler = on_interrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    if (sigaction(SIGINT, nullptr, &previous_) == 0 && previous_.sa_handler != SIG_IGN)
      installed_ = sigaction(SIGINT, &action, nullptr) == 0;
  }
  ~InterruptGuard() {
    if (installed_) sigaction(SIGINT, &previous_, nullptr);
  }
  InterruptGuard(const InterruptGuard&) = delete;
  InterruptGuard& operator=(const InterruptGuard&) = delete;

 private:
  struct sigaction previous_ {};
  bool installed_ = false;
};

bool is_utf8(locale_t locale) {
  return std::string_view(nl_langinfo_l(CODESET, locale)) == "UTF-8";
}

// While alive, this thread's LC_CTYPE is UTF-8 (see the top of the file);
// ok() is false when no UTF-8 locale exists.
class Utf8Ctype {
 public:
  Utf8Ctype() {
    for (const char* name : {"", "C.UTF-8"}) {
      locale_t base = duplocale(uselocale(locale_t(nullptr)));
      if (base == locale_t(nullptr)) return;
      locale_t candidate = newlocale(LC_CTYPE_MASK, name, base);
      if (candidate == locale_t(nullptr)) {
        freelocale(base);
        continue;
      }
      if (is_utf8(candidate)) {
        locale_ = candidate;
        previous_ = uselocale(locale_);
        return;
      }
      freelocale(candidate);
    }
  }
  ~Utf8Ctype() {
    if (locale_ == locale_t(nullptr)) return;
    uselocale(previous_);
    freelocale(locale_);
  }
  Utf8Ctype(const Utf8Ctype&) = delete;
  Utf8Ctype& operator=(const Utf8Ctype&) = delete;
  bool ok() const { return locale_ != locale_t(nullptr); }

 private:
  locale_t locale_ = locale_t(nullptr);
  locale_t previous_ = locale_t(nullptr);
};

enum class Read { byte, end, interrupted };

// One byte of stdin; a signal other than SIGINT (a resize, a resume after
// Ctrl-Z) only restarts the read.
Read read_byte(unsigned char& byte) {
  for (;;) {
    if (sigint_seen) return Read::interrupted;
    ssize_t n = ::read(STDIN_FILENO, &byte, 1);
    if (n == 1) return Read::byte;
    if (n == 0) return Read::end;
    if (errno != EINTR) return Read::end;
  }
}

// What the character reader keeps between calls (EL_CLIENTDATA).
struct Session {
  std::wstring prompt;
  int pending = -1;  // a byte read after an incomplete sequence
  bool saw_invalid = false;
  bool saw_interrupt = false;
};

// EL_GETCFN: one character, decoded from UTF-8; an invalid sequence is
// U+FFFD. Returns 1, or 0 at end of input, or -1 when interrupted.
int read_character(EditLine* el, wchar_t* out) {
  Session* session = nullptr;
  el_wget(el, EL_CLIENTDATA, &session);
  if (session == nullptr) return 0;
  unsigned char lead = 0;
  if (session->pending >= 0) {
    lead = static_cast<unsigned char>(session->pending);
    session->pending = -1;
  } else {
    Read r = read_byte(lead);
    if (r == Read::interrupted) session->saw_interrupt = true;
    if (r != Read::byte) return r == Read::end ? 0 : -1;
  }
  size_t length = lead < 0x80           ? 1
                  : (lead >> 5) == 0x6  ? 2
                  : (lead >> 4) == 0xE  ? 3
                  : (lead >> 3) == 0x1E ? 4
                                        : 0;
  std::string bytes(1, char(lead));
  while (bytes.size() < length) {
    unsigned char next = 0;
    Read r = read_byte(next);
    if (r == Read::interrupted) {
      session->saw_interrupt = true;
      return -1;
    }
    if (r == Read::end) break;
    if ((next & 0xC0) != 0x80) {
      session->pending = next;
      break;
    }
    bytes += char(next);
  }
  size_t pos = 0;
  auto code_point = utf8::decode(bytes, pos);
  if (!code_point || pos != bytes.size()) {
    session->saw_invalid = true;
    *out = L'\uFFFD';
  } else {
    *out = static_cast<wchar_t>(*code_point);
  }
  return 1;
}

wchar_t* prompt_of(EditLine* el) {
  Session* session = nullptr;
  el_wget(el, EL_CLIENTDATA, &session);
  static wchar_t none[] = L"";
  return session != nullptr ? session->prompt.data() : none;
}

std::wstring widened(std::string_view text) {
  std::wstring wide;
  for (size_t pos = 0; pos < text.size();) {
    if (auto code_point = utf8::decode(text, pos))
      wide += static_cast<wchar_t>(*code_point);
    else
      wide += L'\uFFFD', ++pos;
  }
  return wide;
}

// The answers given before in this run, for Up and Down.
HistoryW* session_history() {
  static HistoryW* history = [] {
    HistoryW* h = history_winit();
    if (h != nullptr) {
      HistEventW event;
      history_w(h, &event, H_SETSIZE, 100);
      history_w(h, &event, H_SETUNIQUE, 1);
    }
    return h;
  }();
  return history;
}

// The line editor of the process, made at the first prompt. It is never
// ended: el_end() discards what was typed ahead (TCSAFLUSH), such as the
// next answers of a paste.
EditLine* line_editor() {
  static EditLine* el = [] {
    EditLine* made = el_init("parentdesk", stdin, stderr, stderr);
    if (made == nullptr) return made;
    el_wset(made, EL_EDITOR, L"emacs");
    // libedit cooks the terminal again and passes the signal on (to
    // InterruptGuard's handler for Ctrl-C; Ctrl-Z suspends and redraws).
    el_wset(made, EL_SIGNAL, 1);
    el_wset(made, EL_GETCFN, read_character);
    el_wset(made, EL_PROMPT, prompt_of);
    if (HistoryW* history = session_history()) el_wset(made, EL_HIST, history_w, history);
    // Home, End and Delete as the common terminals send them (xterm, VTE,
    // the Linux console, rxvt), whatever terminfo says.
    for (const wchar_t* home : {L"\033[H", L"\033OH", L"\033[1~", L"\033[7~"})
      el_wset(made, EL_BIND, home, L"ed-move-to-beg", nullptr);
    for (const wchar_t* end : {L"\033[F", L"\033OF", L"\033[4~", L"\033[8~"})
      el_wset(made, EL_BIND, end, L"ed-move-to-end", nullptr);
    el_wset(made, EL_BIND, L"\033[3~", L"ed-delete-next-char", nullptr);
    return made;
  }();
  return el;
}

TypedLine edited_line(const std::string& prompt) {
  Session session;
  session.prompt = widened(prompt);
  TypedLine result;
  EditLine* el = line_editor();
  if (el == nullptr) {
    result.end = TypedLine::End::end_of_input;
    return result;
  }
  el_wset(el, EL_CLIENTDATA, &session);
  // The terminal as it was, put back after the line as it was exactly.
  struct termios before {};
  bool saved = ::tcgetattr(STDIN_FILENO, &before) == 0;
  // Raw mode before the prompt is drawn: a key pressed as soon as the
  // prompt shows is then a key for libedit, not for the terminal's own line
  // input (where Ctrl-D would be lost).
  el_wset(el, EL_PREP_TERM, 1);
  int count = 0;
  const wchar_t* line = el_wgets(el, &count);
  std::wstring typed = line != nullptr && count > 0 ? std::wstring(line, size_t(count)) : L"";
  el_wset(el, EL_PREP_TERM, 0);
  if (saved) ::tcsetattr(STDIN_FILENO, TCSADRAIN, &before);
  el_wset(el, EL_CLIENTDATA, nullptr);

  if (session.saw_interrupt || sigint_seen) {
    result.end = TypedLine::End::interrupted;
  } else if (typed.empty() || typed.back() != L'\n') {
    result.end = TypedLine::End::end_of_input;
  } else {
    typed.pop_back();
    for (wchar_t c : typed)
      utf8::append(result.text, static_cast<char32_t>(c));
    result.invalid_utf8 = session.saw_invalid && typed.find(L'\uFFFD') != std::wstring::npos;
    if (!typed.empty() && session_history() != nullptr) {
      HistEventW event;
      history_w(session_history(), &event, H_ENTER, typed.c_str());
    }
  }
  return result;
}

// Without editing (stderr is no terminal): the terminal's line input.
TypedLine plain_line(const std::string& prompt) {
  std::fputs(prompt.c_str(), stderr);
  std::fflush(stderr);
  TypedLine result;
  constexpr size_t kMaxLine = 1 << 20;
  for (;;) {
    unsigned char byte = 0;
    Read r = read_byte(byte);
    if (r == Read::interrupted) {
      result.end = TypedLine::End::interrupted;
      break;
    }
    if (r == Read::end) {
      result.end = TypedLine::End::end_of_input;
      break;
    }
    if (byte == '\n') break;
    if (result.text.size() < kMaxLine) result.text += char(byte);
  }
  if (!result.text.empty() && result.text.back() == '\r') result.text.pop_back();
  result.invalid_utf8 = utf8::find_invalid(result.text).has_value();
  return result;
}

}  // namespace

TypedLine read_typed_line(const std::string& prompt) {
  InterruptGuard guard;
  TypedLine result;
  {
    Utf8Ctype ctype;
    if (ctype.ok() && ::isatty(STDERR_FILENO))
      result = edited_line(prompt);
    else
      result = plain_line(prompt);
  }
  if (result.end != TypedLine::End::line) {
    std::fputc('\n', stderr);
    std::fflush(stderr);
    result.text.clear();
  }
  return result;
}

}  // namespace pd
