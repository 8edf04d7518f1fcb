#include "core/shell/streams.hpp"

#include "core/error.hpp"

namespace kzsim::shell {

void RecordingStreams::out(std::string_view text) {
  out_ += text;
  interleaved_ += text;
}

void RecordingStreams::err(std::string_view text) {
  err_ += text;
  interleaved_ += text;
}

void BoundedErrors::err(std::string_view text) { streams_.err(bounded_quotes(text)); }

}  // namespace kzsim::shell
