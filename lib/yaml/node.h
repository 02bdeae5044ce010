// The parsed form of a YAML file: a small tree with the position of every
// node. It lives only between the strict loader and schema validation.
#pragma once

#include <string>
#include <vector>

#include "core/error.h"

namespace pd::yaml {

enum class NodeKind { null, scalar, sequence, mapping };

// How a scalar was written: plain, quoted, or as a block (`|`, `>`).
enum class ScalarStyle { plain, quoted, block };

struct Entry;

struct Node {
  NodeKind kind = NodeKind::null;
  Position pos;
  ScalarStyle style = ScalarStyle::plain;
  bool flow = false;           // `[a, b]` / `{k: v}` rather than block style
  std::string scalar;          // NodeKind::scalar
  std::vector<Node> items;     // NodeKind::sequence
  std::vector<Entry> entries;  // NodeKind::mapping, in file order

  // The value of `key` in a mapping, or nullptr.
  const Node* find(std::string_view key) const;
};

struct Entry {
  std::string key;
  Position key_pos;
  Node value;
};

}  // namespace pd::yaml
