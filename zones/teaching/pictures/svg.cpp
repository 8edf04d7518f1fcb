#include "zones/teaching/pictures/svg.hpp"

#include <fmt/format.h>

#include "core/xml_text.hpp"

namespace kzsim::zones::pictures {

namespace {
// A tooltip: SVG viewers show an element's <title> child on hover.
std::string tooltip(std::string_view label) {
  return label.empty() ? std::string() : fmt::format("<title>{}</title>", xml_escaped(label));
}
}  // namespace

Svg::Svg(double width, double height, std::string_view title) : width_(width), height_(height), title_(title) {}

void Svg::rect(double x, double y, double width, double height, std::string_view fill, std::string_view label) {
  body_ += fmt::format("  <rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" fill=\"{}\" "
                       "stroke=\"#333\">{}</rect>\n",
                       x, y, width, height, fill, tooltip(label));
}

void Svg::line(double x1, double y1, double x2, double y2, std::string_view stroke, bool arrow) {
  body_ += fmt::format("  <line x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\" stroke=\"{}\"{}/>\n", x1, y1, x2,
                       y2, stroke, arrow ? " marker-end=\"url(#arrow)\"" : "");
}

void Svg::text(double x, double y, std::string_view content, std::string_view anchor, int size,
               std::string_view weight) {
  body_ += fmt::format("  <text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"{}\" font-size=\"{}\" font-weight=\"{}\">{}</text>\n",
                       x, y, anchor, size, weight, xml_escaped(content));
}

void Svg::circle(double cx, double cy, double r, std::string_view fill, std::string_view label) {
  body_ += fmt::format("  <circle cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"{:.1f}\" fill=\"{}\" stroke=\"#333\">{}</circle>\n", cx,
                       cy, r, fill, tooltip(label));
}

double Svg::text_width(std::string_view content, int size, bool bold) {
  std::size_t characters = 0;
  for (char c : content) characters += (static_cast<unsigned char>(c) & 0xC0) != 0x80;  // UTF-8 characters
  return static_cast<double>(characters) * size * (bold ? 0.72 : 0.64);
}

std::string Svg::finish() const {
  return fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0:.1f}\" height=\"{1:.1f}\" viewBox=\"0 0 {0:.1f} {1:.1f}\" "
      "font-family=\"sans-serif\">\n"
      "  <title>{2}</title>\n"
      "  <defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"6\" markerHeight=\"6\" "
      "orient=\"auto\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#444\"/></marker></defs>\n"
      "  <rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
      "{3}</svg>\n",
      width_, height_, xml_escaped(title_), body_);
}

}  // namespace kzsim::zones::pictures
