#include "core/shell/streams.hpp"

namespace kzsim::shell {

void RecordingStreams::out(std::string_view text) {
  out_ += text;
  interleaved_ += text;
}

void RecordingStreams::err(std::string_view text) {
  err_ += text;
  interleaved_ += text;
}

}  // namespace kzsim::shell
