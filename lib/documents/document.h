// A printable document as its parts, before any format: the letterhead, the
// title, blocks of text, tables and signature lines. The protocol builds one
// (documents/protocol.h); markdown.h, html.h and pdf.h render it, so the
// three formats say the same thing in the same order.
#pragma once

#include <string>
#include <vector>

#include "core/language.h"

namespace pd {

// A table column: its title, its alignment and how it takes its width. A
// `fit` column is as wide as its widest cell (a name, a date) up to a limit
// and breaks only between words; a `fill` column takes what is left.
enum class Align { left, right };
enum class ColumnWidth { narrow, fit, fill };
struct DocColumn {
  std::string title;
  Align align = Align::left;
  ColumnWidth width = ColumnWidth::fill;
};

struct DocTable {
  std::vector<DocColumn> columns;
  std::vector<std::vector<std::string>> rows;  // one text per column
};

// A line to sign: the role ("Председатель"), the signer's name and, once
// signed, the words for the recorded date ("подписано 20 ноября 2026 г.").
struct SignatureLine {
  std::string role, name, signed_on;
};

struct DocField {
  std::string label, value;
};

enum class BlockKind {
  heading,     // `text`
  paragraphs,  // `items`, one paragraph each
  fields,      // `fields`: "Label: value" lines
  numbered,    // `items`, numbered 1, 2, ...
  table,       // `table`
  signatures,  // `signatures`
  small_print  // `items`, each a line in small type (the record, the digest)
};

struct Block {
  explicit Block(BlockKind k = BlockKind::paragraphs) : kind(k) {}

  BlockKind kind;
  std::string text;
  std::vector<std::string> items;
  std::vector<DocField> fields;
  DocTable table;
  std::vector<SignatureLine> signatures;
};

struct Document {
  Language language = Language::en;
  std::vector<std::string> letterhead;  // the school's name first, then address and contacts
  std::string title;                    // "ПРОТОКОЛ № 3"; none for a letter
  std::string name;                     // the file's title when there is no `title`
  std::vector<std::string> subtitle;    // the kind and class, the topic
  std::string date, place;              // the line under the title: date left, place right
  std::vector<Block> blocks;
};

// Adds the line "label: value" to a fields block, unless `value` is empty.
inline void add_field(Block& block, std::string label, std::string value) {
  if (!value.empty()) block.fields.push_back({std::move(label), std::move(value)});
}

// What a viewer shows as the document's title: `title`, else `name`.
inline const std::string& document_name(const Document& doc) {
  return doc.title.empty() ? doc.name : doc.title;
}

}  // namespace pd
