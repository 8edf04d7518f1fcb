#pragma once
// Sizes and times as a person reads them on a picture or a report: "512 B", "16 GiB",
// "239.5 MiB" (the largest binary unit the size reaches, one decimal unless whole), and
// "0.2 ms", "201 ms", "23.9 s", "4.6 min", "4.6 h" (the unit the duration's magnitude calls for).
#include <string>

namespace kzsim::zones::pictures {

std::string readable_size(double bytes);
std::string readable_duration(double milliseconds);

}  // namespace kzsim::zones::pictures
