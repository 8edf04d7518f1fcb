#pragma once
// A small SVG writer for the teaching pictures: shapes and text in document order, numbers
// printed with one decimal so that the same picture is the same bytes on every machine.
#include <string>
#include <string_view>

namespace kzsim::zones::pictures {

class Svg {
 public:
  Svg(double width, double height, std::string_view title);

  void rect(double x, double y, double width, double height, std::string_view fill, std::string_view label = {});
  void line(double x1, double y1, double x2, double y2, std::string_view stroke = "#444", bool arrow = false);
  // anchor: start, middle or end
  void text(double x, double y, std::string_view content, std::string_view anchor = "start", int size = 12,
            std::string_view weight = "normal");
  void circle(double cx, double cy, double r, std::string_view fill, std::string_view label = {});

  std::string finish() const;  // the whole document

  // A generous estimate of the width sans-serif `content` takes at `size` (wider than DejaVu
  // Sans, the widest common default), for laying out before a renderer measures.
  static double text_width(std::string_view content, int size, bool bold = false);

 private:
  std::string body_;
  double width_;
  double height_;
  std::string title_;
};

}  // namespace kzsim::zones::pictures
