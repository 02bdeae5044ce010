#include "yaml/strict_yaml.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <sstream>

#include "core/i18n.h"
#include "core/utf8.h"
#include "yaml/parser_messages.h"

namespace pd::yaml {

const Node* Node::find(std::string_view key) const {
  for (const auto& entry : entries)
    if (entry.key == key) return &entry.value;
  return nullptr;
}

namespace {

// Turns byte offsets into 1-based line and column, the column counted in
// characters so that a Cyrillic line points where the user looks.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text) : text_(text) {
    starts_.push_back(0);
    for (size_t i = 0; i < text.size(); ++i)
      if (text[i] == '\n') starts_.push_back(i + 1);
  }

  Position at(size_t offset) const {
    offset = std::min(offset, text_.size());
    auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
    size_t line = size_t(it - starts_.begin()) - 1;
    size_t pos = starts_[line];
    int column = 1;
    while (pos < offset) {
      if (!utf8::decode(text_, pos)) ++pos;
      ++column;
    }
    return {int(line) + 1, column};
  }

  std::string_view line_from(size_t offset) const {
    size_t end = text_.find('\n', offset);
    return text_.substr(offset,
                        end == std::string_view::npos ? std::string_view::npos : end - offset);
  }

 private:
  std::string_view text_;
  std::vector<size_t> starts_;
};

[[noreturn]] void fail(const std::string& file, Position pos, std::string message) {
  throw DataError({Diagnostic{file, pos, std::move(message)}});
}

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

// Byte-level checks that yaml-cpp would not make, line by line.
void prescan(std::string_view text, const std::string& file, const LineIndex& index) {
  if (text.size() > kMaxFileBytes)
    fail(file, {}, msg("file is larger than {} bytes: not a parentdesk record", kMaxFileBytes));
  if (starts_with(text, "\xEF\xBB\xBF"))
    fail(file, {1, 1},
         tr("byte-order mark at the start of the file: save it as UTF-8 without BOM"));
  if (auto bad = utf8::find_invalid(text))
    fail(file, index.at(*bad),
         msg("invalid UTF-8 byte 0x{:02X}: save the file as UTF-8",
             static_cast<unsigned char>(text[*bad])));

  bool seen_content = false;
  size_t offset = 0;
  while (offset < text.size()) {
    std::string_view line = index.line_from(offset);
    for (size_t i = 0; i < line.size();) {
      size_t at = i;
      char32_t cp = *utf8::decode(line, i);
      if (cp == '\r')
        fail(file, index.at(offset + at), tr("carriage return: line ends must be LF, not CRLF"));
      if ((cp < 0x20 && cp != '\t') || cp == 0x7F || (cp >= 0x80 && cp < 0xA0))
        fail(file, index.at(offset + at),
             msg("control character U+{:04X} is not allowed", uint32_t(cp)));
    }
    for (std::string_view marker : {"<<<<<<<", "=======", ">>>>>>>", "|||||||"}) {
      if (starts_with(line, marker) && (line.size() == marker.size() || line[marker.size()] == ' '))
        fail(file, index.at(offset),
             tr("git conflict marker: resolve the merge conflict in this file first"));
    }
    bool document_marker =
        line == "---" || starts_with(line, "--- ") || line == "..." || starts_with(line, "... ");
    if (document_marker && (seen_content || line[0] == '.'))
      fail(file, index.at(offset),
           tr("a second YAML document: a record file holds exactly one document"));
    if (starts_with(line, "%")) fail(file, index.at(offset), tr("YAML directives are not allowed"));
    std::string_view trimmed = line.substr(std::min(line.find_first_not_of(" \t"), line.size()));
    if (!trimmed.empty() && trimmed[0] != '#' && !document_marker) seen_content = true;
    offset += line.size() + 1;
  }
  if (!seen_content) fail(file, {1, 1}, tr("empty file: expected a mapping of fields"));
}

// Builds the Node tree from yaml-cpp's parser events, refusing what a record
// never contains.
class TreeBuilder : public YAML::EventHandler {
 public:
  TreeBuilder(std::string_view text, const std::string& file, const LineIndex& index)
      : text_(text), file_(file), index_(index) {}

  Node take_root() { return std::move(root_); }
  bool has_root() const { return has_root_; }

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    refuse_anchor(mark, anchor);
    Node node;
    node.pos = position(mark);
    add(std::move(node));
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
    fail(file_, position(mark), tr("aliases ('*name') are not allowed"));
  }

  void OnAnchor(const YAML::Mark& mark, const std::string&) override {
    fail(file_, position(mark), tr("anchors ('&name') are not allowed"));
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    refuse_anchor(mark, anchor);
    refuse_tag(mark, tag);
    refuse_control_characters(mark, value);
    Node node;
    node.pos = position(mark);
    node.kind = NodeKind::scalar;
    node.scalar = value;
    if (tag == "!") node.style = style_at(mark);
    if (node.style == ScalarStyle::plain &&
        (value.empty() || value == "~" || value == "null" || value == "Null" || value == "NULL"))
      node.kind = NodeKind::null;
    add(std::move(node));
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value style) override {
    open(mark, tag, anchor, style, NodeKind::sequence);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value style) override {
    open(mark, tag, anchor, style, NodeKind::mapping);
  }
  void OnMapEnd() override { close(); }

 private:
  Position position(const YAML::Mark& mark) const { return index_.at(size_t(mark.pos)); }

  void refuse_anchor(const YAML::Mark& mark, YAML::anchor_t anchor) {
    if (anchor != YAML::NullAnchor)
      fail(file_, position(mark), tr("anchors ('&name') are not allowed"));
  }

  void refuse_tag(const YAML::Mark& mark, const std::string& tag) {
    if (tag.empty() || tag == "?" || tag == "!") return;
    std::string shown = tag;
    if (shown.starts_with("tag:yaml.org,2002:")) shown = "!!" + shown.substr(18);
    fail(file_, position(mark), msg("tags ('{}') are not allowed", shown));
  }

  // The bytes of the file were checked, but a double-quoted escape ("\e",
  // "\0", "\N") makes a character the file does not hold.
  void refuse_control_characters(const YAML::Mark& mark, const std::string& value) {
    if (utf8::find_invalid(value))
      fail(file_, position(mark), tr("an escape in this value makes invalid UTF-8"));
    for (size_t i = 0; i < value.size();) {
      char32_t cp = *utf8::decode(value, i);
      if ((cp < 0x20 && cp != '\t' && cp != '\n') || cp == 0x7F || (cp >= 0x80 && cp < 0xA0))
        fail(file_, position(mark),
             msg("control character U+{:04X} (written as an escape) is not allowed", uint32_t(cp)));
    }
  }

  // Quoted scalars must close on their own line: yaml-cpp would otherwise let
  // an unterminated quote swallow the rest of the file.
  ScalarStyle style_at(const YAML::Mark& mark) {
    size_t at = size_t(mark.pos);
    if (at >= text_.size()) return ScalarStyle::plain;
    char quote = text_[at];
    if (quote == '|' || quote == '>') return ScalarStyle::block;
    if (quote != '"' && quote != '\'') return ScalarStyle::plain;
    std::string_view line = index_.line_from(at);
    for (size_t i = 1; i < line.size(); ++i) {
      if (quote == '"' && line[i] == '\\') {
        ++i;
      } else if (line[i] == quote) {
        if (quote == '\'' && i + 1 < line.size() && line[i + 1] == '\'') {
          ++i;
          continue;
        }
        return ScalarStyle::quoted;
      }
    }
    fail(file_, position(mark),
         tr("unterminated quoted string: a quoted value must end on its line"));
  }

  void open(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
            YAML::EmitterStyle::value style, NodeKind kind) {
    refuse_anchor(mark, anchor);
    refuse_tag(mark, tag);
    if (int(stack_.size()) >= kMaxDepth)
      fail(file_, position(mark), msg("nesting deeper than {} levels", kMaxDepth));
    Node node;
    node.pos = position(mark);
    node.kind = kind;
    node.flow = style == YAML::EmitterStyle::Flow;
    stack_.push_back(Pending{std::move(node), false, {}, {}});
  }

  void close() {
    Pending done = std::move(stack_.back());
    stack_.pop_back();
    add(std::move(done.node));
  }

  void add(Node node) {
    if (stack_.empty()) {
      if (has_root_)
        fail(file_, node.pos,
             tr("a second YAML document: a record file holds exactly one document"));
      root_ = std::move(node);
      has_root_ = true;
      return;
    }
    Pending& parent = stack_.back();
    if (parent.node.kind == NodeKind::sequence) {
      parent.node.items.push_back(std::move(node));
      return;
    }
    if (!parent.have_key) {
      if (node.kind != NodeKind::scalar) fail(file_, node.pos, tr("a key must be a plain name"));
      for (const auto& entry : parent.node.entries)
        if (entry.key == node.scalar)
          fail(file_, node.pos,
               msg("duplicate key '{}' (first at line {})", node.scalar, entry.key_pos.line));
      parent.key = std::move(node.scalar);
      parent.key_pos = node.pos;
      parent.have_key = true;
      return;
    }
    parent.node.entries.push_back(Entry{std::move(parent.key), parent.key_pos, std::move(node)});
    parent.have_key = false;
  }

  struct Pending {
    Node node;
    bool have_key;
    std::string key;
    Position key_pos;
  };

  std::string_view text_;
  const std::string& file_;
  const LineIndex& index_;
  std::vector<Pending> stack_;
  Node root_;
  bool has_root_ = false;
};

}  // namespace

Node parse_strict(std::string_view text, const std::string& file) {
  LineIndex index(text);
  prescan(text, file, index);
  std::istringstream stream{std::string(text)};
  TreeBuilder builder(text, file, index);
  try {
    YAML::Parser parser(stream);
    parser.HandleNextDocument(builder);
  } catch (const YAML::Exception& e) {
    Position pos = e.mark.is_null() ? Position{} : index.at(size_t(e.mark.pos));
    // An alias with no anchor before it fails in yaml-cpp before the builder
    // sees it: the same refusal as for any alias.
    if (e.msg == YAML::ErrorMsg::UNKNOWN_ANCHOR)
      fail(file, pos, tr("aliases ('*name') are not allowed"));
    fail(file, pos, msg("not valid YAML: {}", yaml_parser_reason(e.msg)));
  }
  if (!builder.has_root()) fail(file, {1, 1}, tr("empty file: expected a mapping of fields"));
  return builder.take_root();
}

}  // namespace pd::yaml
