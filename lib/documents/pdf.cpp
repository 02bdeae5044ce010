#include "documents/pdf.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <memory>

#include "core/error.h"
#include "core/i18n.h"

namespace pd {

namespace {

// A4 in points, and the margins of Kazakhstan's office documents: 30 mm on
// the left for the binding, 15 mm on the right, 20 mm above and below.
constexpr double kMillimetre = 72.0 / 25.4;
constexpr double kPageWidth = 210 * kMillimetre, kPageHeight = 297 * kMillimetre;
constexpr double kLeft = 30 * kMillimetre, kRight = 15 * kMillimetre;
constexpr double kTop = 20 * kMillimetre, kBottom = 20 * kMillimetre;
constexpr double kWidth = kPageWidth - kLeft - kRight;
constexpr double kCellPad = 3;

constexpr const char* kFont = "DejaVu Serif";

struct LayoutDeleter {
  void operator()(PangoLayout* layout) const { g_object_unref(layout); }
};
using Layout = std::unique_ptr<PangoLayout, LayoutDeleter>;

struct FontDeleter {
  void operator()(PangoFontDescription* font) const { pango_font_description_free(font); }
};
using Font = std::unique_ptr<PangoFontDescription, FontDeleter>;

Font font(double points, bool bold = false) {
  Font f(pango_font_description_new());
  pango_font_description_set_family(f.get(), kFont);
  // In the PDF's units, points: pango's own 96 dpi would enlarge it by a third.
  pango_font_description_set_absolute_size(f.get(), points * PANGO_SCALE);
  pango_font_description_set_weight(f.get(), bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  return f;
}

enum class Wrap { words, none };

// The page being drawn, and where the next line goes.
class Pages {
 public:
  explicit Pages(cairo_t* cr) : cr_(cr) {}

  // A layout of `text` in `f`, `width` points wide (wrapped between words),
  // or as wide as it is when `wrap` is none.
  Layout layout(const std::string& text, const Font& f, double width, Wrap wrap = Wrap::words,
                PangoAlignment align = PANGO_ALIGN_LEFT) const {
    Layout l(pango_cairo_create_layout(cr_));
    pango_layout_set_font_description(l.get(), f.get());
    if (wrap == Wrap::words) {
      pango_layout_set_width(l.get(), int(width * PANGO_SCALE));
      pango_layout_set_wrap(l.get(), PANGO_WRAP_WORD);
    }
    pango_layout_set_alignment(l.get(), align);
    pango_layout_set_text(l.get(), text.data(), int(text.size()));
    return l;
  }

  static double height(const Layout& l) {
    int w = 0, h = 0;
    pango_layout_get_size(l.get(), &w, &h);
    return double(h) / PANGO_SCALE;
  }
  static double width(const Layout& l) {
    int w = 0, h = 0;
    pango_layout_get_size(l.get(), &w, &h);
    return double(w) / PANGO_SCALE;
  }

  void draw(const Layout& l, double left, double top) const {
    cairo_move_to(cr_, left, top);
    pango_cairo_show_layout(cr_, l.get());
  }

  // Starts a new page unless `h` more points fit on this one.
  void need(double h) {
    if (y + h > kPageHeight - kBottom && y > kTop) {
      cairo_show_page(cr_);
      y = kTop;
    }
  }

  // A paragraph across the text width, then `after` points of space.
  void paragraph(const std::string& text, const Font& f, double after = 3,
                 PangoAlignment align = PANGO_ALIGN_LEFT, double indent = 0) {
    Layout l = layout(text, f, kWidth - indent, Wrap::words, align);
    need(height(l));
    draw(l, kLeft + indent, y);
    y += height(l) + after;
  }

  void rule(double x0, double x1, double at) const {
    cairo_set_line_width(cr_, 0.6);
    cairo_move_to(cr_, x0, at);
    cairo_line_to(cr_, x1, at);
    cairo_stroke(cr_);
  }

  void box(double left, double top, double w, double h) const {
    cairo_set_line_width(cr_, 0.6);
    cairo_rectangle(cr_, left, top, w, h);
    cairo_stroke(cr_);
  }

  cairo_t* cr() const { return cr_; }
  double y = kTop;

 private:
  cairo_t* cr_;
};

// The columns' widths: narrow and fit columns as wide as their widest cell
// (a fit column at most two fifths of the width), the fill column the rest.
std::vector<double> column_widths(const Pages& pages, const DocTable& t, const Font& body,
                                  const Font& bold) {
  std::vector<double> widths(t.columns.size(), 0);
  double fixed = 0;
  size_t fills = 0;
  for (size_t i = 0; i < t.columns.size(); ++i) {
    const DocColumn& column = t.columns[i];
    if (column.width == ColumnWidth::fill) {
      ++fills;
      continue;
    }
    double natural = Pages::width(pages.layout(column.title, bold, 0, Wrap::none));
    for (const auto& row : t.rows)
      if (i < row.size())
        natural = std::max(natural, Pages::width(pages.layout(row[i], body, 0, Wrap::none)));
    widths[i] = std::min(natural + 2 * kCellPad + 1, kWidth * 0.4);
    fixed += widths[i];
  }
  // The decision's text keeps at least two fifths of the width.
  if (fills && fixed > kWidth * 0.6) {
    double scale = kWidth * 0.6 / fixed;
    for (size_t i = 0; i < widths.size(); ++i)
      if (t.columns[i].width == ColumnWidth::fit) widths[i] *= scale;
    fixed = 0;
    for (double w : widths)
      fixed += w;
  }
  for (size_t i = 0; i < widths.size(); ++i)
    if (t.columns[i].width == ColumnWidth::fill) widths[i] = (kWidth - fixed) / double(fills);
  return widths;
}

// One row of cells; a row that does not fit moves whole to the next page,
// where the header is drawn again.
void table(Pages& pages, const DocTable& t) {
  Font body = font(10), bold = font(10, true);
  std::vector<double> widths = column_widths(pages, t, body, bold);
  auto row_layouts = [&](const std::vector<std::string>& cells, const Font& f) {
    std::vector<Layout> layouts;
    double h = 0;
    for (size_t i = 0; i < widths.size(); ++i) {
      PangoAlignment align =
          t.columns[i].align == Align::right ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT;
      layouts.push_back(pages.layout(i < cells.size() ? cells[i] : "", f, widths[i] - 2 * kCellPad,
                                     Wrap::words, align));
      h = std::max(h, Pages::height(layouts.back()));
    }
    return std::make_pair(std::move(layouts), h + 2 * kCellPad);
  };
  std::vector<std::string> titles;
  for (const auto& column : t.columns)
    titles.push_back(column.title);
  auto draw_row = [&](const std::vector<Layout>& layouts, double h) {
    double x = kLeft;
    for (size_t i = 0; i < layouts.size(); ++i) {
      pages.box(x, pages.y, widths[i], h);
      pages.draw(layouts[i], x + kCellPad, pages.y + kCellPad);
      x += widths[i];
    }
    pages.y += h;
  };
  auto [head, head_height] = row_layouts(titles, bold);
  bool first = true;
  for (const auto& row : t.rows) {
    auto [cells, h] = row_layouts(row, body);
    double before = pages.y;
    pages.need(first ? head_height + h : h);
    if (first || pages.y < before) draw_row(head, head_height);
    draw_row(cells, h);
    first = false;
  }
  pages.y += 4;
}

void signatures(Pages& pages, const std::vector<SignatureLine>& lines) {
  Font body = font(11), small = font(8);
  pages.y += 12;
  pages.need(double(lines.size()) * 40);
  for (const auto& line : lines) {
    double role_width = 110, line_width = 140;
    Layout role = pages.layout(line.role, body, role_width - 6);
    Layout name = pages.layout(line.name, body, kWidth - role_width - line_width - 8);
    double h = std::max(Pages::height(role), Pages::height(name));
    pages.y += 14;
    pages.draw(role, kLeft, pages.y);
    double baseline = pages.y + double(pango_layout_get_baseline(role.get())) / PANGO_SCALE;
    pages.rule(kLeft + role_width, kLeft + role_width + line_width, baseline + 2);
    pages.draw(name, kLeft + role_width + line_width + 8, pages.y);
    pages.y += h;
    if (!line.signed_on.empty()) {
      Layout when = pages.layout(line.signed_on, small, kWidth - role_width);
      pages.draw(when, kLeft + role_width, pages.y + 1);
      pages.y += Pages::height(when) + 1;
    }
  }
  pages.y += 6;
}

// "Label: value" with the label in bold.
void field(Pages& pages, const DocField& f) {
  std::string text = f.label + ": " + f.value;
  Font body = font(11);
  Layout l = pages.layout(text, body, kWidth);
  PangoAttrList* attributes = pango_attr_list_new();
  PangoAttribute* weight = pango_attr_weight_new(PANGO_WEIGHT_BOLD);
  weight->start_index = 0;
  weight->end_index = unsigned(f.label.size() + 1);
  pango_attr_list_insert(attributes, weight);
  pango_layout_set_attributes(l.get(), attributes);
  pango_attr_list_unref(attributes);
  pages.need(Pages::height(l));
  pages.draw(l, kLeft, pages.y);
  pages.y += Pages::height(l) + 1;
}

void block(Pages& pages, const Block& b) {
  Font body = font(11);
  switch (b.kind) {
    case BlockKind::heading: {
      Font bold = font(11, true);
      Layout l = pages.layout(b.text, bold, kWidth);
      pages.y += 6;
      pages.need(Pages::height(l) + 40);  // with the first lines of what follows
      pages.draw(l, kLeft, pages.y);
      pages.y += Pages::height(l) + 3;
      break;
    }
    case BlockKind::paragraphs:
      for (const auto& item : b.items)
        pages.paragraph(item, body, 3);
      break;
    case BlockKind::fields:
      for (const auto& f : b.fields)
        field(pages, f);
      break;
    case BlockKind::numbered: {
      size_t n = 0;
      for (const auto& item : b.items) {
        Layout number = pages.layout(std::to_string(++n) + ".", body, 0, Wrap::none);
        Layout text = pages.layout(item, body, kWidth - 18);
        pages.need(Pages::height(text));
        pages.draw(number, kLeft, pages.y);
        pages.draw(text, kLeft + 18, pages.y);
        pages.y += Pages::height(text) + 1;
      }
      break;
    }
    case BlockKind::table:
      table(pages, b.table);
      break;
    case BlockKind::signatures:
      signatures(pages, b.signatures);
      break;
    case BlockKind::small_print: {
      Font small = font(7.5);
      pages.y += 10;
      cairo_set_source_rgb(pages.cr(), 0.25, 0.25, 0.25);
      for (const auto& item : b.items) {
        Layout l = pages.layout(item, small, kWidth);
        pango_layout_set_wrap(l.get(), PANGO_WRAP_WORD_CHAR);  // a digest breaks anywhere
        pages.need(Pages::height(l));
        pages.draw(l, kLeft, pages.y);
        pages.y += Pages::height(l);
      }
      cairo_set_source_rgb(pages.cr(), 0, 0, 0);
      break;
    }
  }
}

void draw(Pages& pages, const Document& doc) {
  for (size_t i = 0; i < doc.letterhead.size(); ++i)
    pages.paragraph(doc.letterhead[i], i == 0 ? font(12, true) : font(10), 1, PANGO_ALIGN_CENTER);
  if (!doc.letterhead.empty()) {
    pages.y += 3;
    pages.rule(kLeft, kLeft + kWidth, pages.y);
    pages.y += 14;
  }
  if (!doc.title.empty()) pages.paragraph(doc.title, font(14, true), 3, PANGO_ALIGN_CENTER);
  for (const auto& line : doc.subtitle)
    pages.paragraph(line, font(11), 1, PANGO_ALIGN_CENTER);
  if (!doc.title.empty() || !doc.subtitle.empty()) pages.y += 10;
  if (!doc.date.empty() || !doc.place.empty()) {
    Font body = font(11);
    Layout date = pages.layout(doc.date, body, 0, Wrap::none);
    double place_width = kWidth - Pages::width(date) - 24;
    Layout place = pages.layout(doc.place, body, place_width, Wrap::words, PANGO_ALIGN_RIGHT);
    pages.draw(date, kLeft, pages.y);
    pages.draw(place, kLeft + kWidth - place_width, pages.y);
    pages.y += std::max(Pages::height(date), Pages::height(place)) + 10;
  }
  for (const Block& b : doc.blocks)
    block(pages, b);
}

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

void require_ok(cairo_status_t status) {
  if (status != CAIRO_STATUS_SUCCESS)
    throw Error(ExitCode::system, msg("cannot make the PDF: {}", cairo_status_to_string(status)));
}

}  // namespace

std::string document_pdf(const Document& doc) {
  std::string bytes;
  cairo_surface_t* surface =
      cairo_pdf_surface_create_for_stream(append, &bytes, kPageWidth, kPageHeight);
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, document_name(doc).c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "parentdesk");
  cairo_t* cr = cairo_create(surface);
  cairo_status_t status = cairo_status(cr);
  if (status == CAIRO_STATUS_SUCCESS) {
    Pages pages(cr);
    cairo_set_source_rgb(cr, 0, 0, 0);
    draw(pages, doc);
    status = cairo_status(cr);
  }
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  if (status == CAIRO_STATUS_SUCCESS) status = cairo_surface_status(surface);
  cairo_surface_destroy(surface);
  require_ok(status);
  return bytes;
}

}  // namespace pd
