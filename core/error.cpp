#include "core/error.hpp"

namespace kzsim {

std::string SourceLocation::describe() const {
  std::string text = file;
  if (line > 0) {
    text += ":" + std::to_string(line);
    if (column > 0) text += ":" + std::to_string(column);
  }
  return text;
}

namespace {
std::string with_location(const std::string& message, const SourceLocation& where) {
  std::string place = where.describe();
  return place.empty() ? message : place + ": " + message;
}
}  // namespace

InputError::InputError(std::string message, SourceLocation where)
    : std::runtime_error(with_location(message, where)), where_(std::move(where)),
      message_(std::move(message)) {}

}  // namespace kzsim
