#include "core/study/trace_file.hpp"

#include <fmt/format.h>
#include <lzma.h>

#include <algorithm>
#include <cstring>

#include "core/error.hpp"

namespace kzsim::study {

struct TraceFile::Xz {
  lzma_stream stream = LZMA_STREAM_INIT;
  std::vector<unsigned char> input = std::vector<unsigned char>(1 << 16);
  bool input_done = false;
  ~Xz() { lzma_end(&stream); }
};

namespace {
constexpr std::size_t buffer_size = 1 << 16;
constexpr std::size_t record_size = 64;
constexpr unsigned char xz_magic[6] = {0xFD, '7', 'z', 'X', 'Z', 0x00};
}  // namespace

TraceFile::TraceFile(const std::string& path) : path_(path), buffer_(buffer_size) {
  file_ = std::fopen(path.c_str(), "rb");
  if (file_ == nullptr) throw InputError(fmt::format("--trace {}: cannot read: {}", path, std::strerror(errno)));
  unsigned char head[6] = {};
  const std::size_t got = std::fread(head, 1, sizeof head, file_);
  std::rewind(file_);
  if (got == sizeof head && std::memcmp(head, xz_magic, sizeof head) == 0) {
    format_ = Format::ChampSimXz;
    xz_ = std::make_unique<Xz>();
    if (lzma_stream_decoder(&xz_->stream, UINT64_MAX, 0) != LZMA_OK)
      throw InputError(fmt::format("--trace {}: cannot start the xz decoder", path));
  } else if (got > 0 && (head[0] == '=' || head[0] == 'I' || head[0] == ' ')) {
    format_ = Format::Lackey;
  } else {
    format_ = Format::ChampSim;
  }
}

TraceFile::~TraceFile() {
  if (file_ != nullptr) std::fclose(file_);
}

std::size_t TraceFile::read(unsigned char* out, std::size_t size) {
  if (!xz_) return std::fread(out, 1, size, file_);
  lzma_stream& s = xz_->stream;
  s.next_out = out;
  s.avail_out = size;
  while (s.avail_out > 0) {
    if (s.avail_in == 0 && !xz_->input_done) {
      s.next_in = xz_->input.data();
      s.avail_in = std::fread(xz_->input.data(), 1, xz_->input.size(), file_);
      xz_->input_done = s.avail_in == 0;
    }
    const lzma_ret status = lzma_code(&s, xz_->input_done ? LZMA_FINISH : LZMA_RUN);
    if (status == LZMA_STREAM_END) break;
    if (status != LZMA_OK)
      throw InputError(fmt::format("--trace {}: at byte {} of the decompressed trace: corrupt or truncated xz data (liblzma error {})",
                                   path_, offset_ + (size - s.avail_out), static_cast<int>(status)));
  }
  return size - s.avail_out;
}

bool TraceFile::fill() {
  if (eof_) return false;
  if (begin_ > 0) {
    std::memmove(buffer_.data(), buffer_.data() + begin_, end_ - begin_);
    end_ -= begin_;
    begin_ = 0;
  }
  const std::size_t got = read(buffer_.data() + end_, buffer_.size() - end_);
  end_ += got;
  eof_ = got == 0;
  return got > 0;
}

bool TraceFile::next(std::uint64_t& address) {
  return format_ == Format::Lackey ? next_lackey(address) : next_champsim(address);
}

// " L 04222cac,8": a space, the kind, a space, hexadecimal address, a comma, decimal size.
bool TraceFile::next_lackey(std::uint64_t& address) {
  for (;;) {
    const unsigned char* start = buffer_.data() + begin_;
    const void* newline = std::memchr(start, '\n', end_ - begin_);
    if (newline == nullptr) {
      if (end_ - begin_ == buffer_.size())
        throw InputError(fmt::format("--trace {}: line {}: longer than {} bytes; expected a lackey line", path_, line_ + 1,
                                     buffer_.size()));
      if (fill()) continue;
      if (begin_ == end_) return false;
      throw InputError(fmt::format("--trace {}: line {}: truncated (no end of line); expected a complete lackey line",
                                   path_, line_ + 1));
    }
    const std::string_view text(reinterpret_cast<const char*>(start),
                                static_cast<const unsigned char*>(newline) - start);
    begin_ += text.size() + 1;
    ++line_;
    if (text.empty() || text.starts_with("==") || text.starts_with("I ") || text.starts_with("--")) continue;
    const bool data = text.size() > 3 && text[0] == ' ' && (text[1] == 'L' || text[1] == 'S' || text[1] == 'M') && text[2] == ' ';
    const auto comma = text.find(',');
    std::uint64_t value = 0;
    bool digits = data && comma != std::string_view::npos && comma > 3;
    for (std::size_t i = 3; digits && i < comma; ++i) {
      const char c = text[i];
      const int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
      digits = digit >= 0 && i - 3 < 16;
      value = value * 16 + static_cast<std::uint64_t>(digit);
    }
    for (std::size_t i = comma + 1; digits && i < text.size(); ++i) digits = text[i] >= '0' && text[i] <= '9';
    if (!digits || comma + 1 >= text.size())
      throw InputError(fmt::format("--trace {}: line {}: '{}': expected a lackey line such as ' L 04222cac,8'", path_, line_,
                                   text.substr(0, 60)));
    address = value;
    return true;
  }
}

bool TraceFile::next_champsim(std::uint64_t& address) {
  while (pending_count_ == 0) {
    while (end_ - begin_ < record_size) {
      if (!fill()) {
        if (begin_ == end_) return false;
        throw InputError(fmt::format("--trace {}: byte {}: a truncated record ({} of {} bytes); expected ChampSim input_instr records",
                                     path_, offset_, end_ - begin_, record_size));
      }
    }
    const unsigned char* record = buffer_.data() + begin_;
    if (record[8] > 1 || record[9] > 1)
      throw InputError(fmt::format("--trace {}: byte {}: is_branch/branch_taken {}/{}; expected 0 or 1 (not a ChampSim trace?)",
                                   path_, offset_ + 8, record[8], record[9]));
    // Sources (loads) first, then destinations (stores), as the record lists them.
    for (int i = 0; i < 4; ++i) {
      std::uint64_t value;
      std::memcpy(&value, record + 32 + 8 * i, 8);
      if (value != 0) pending_[pending_count_++] = value;
    }
    for (int i = 0; i < 2; ++i) {
      std::uint64_t value;
      std::memcpy(&value, record + 16 + 8 * i, 8);
      if (value != 0) pending_[pending_count_++] = value;
    }
    std::reverse(pending_, pending_ + pending_count_);
    begin_ += record_size;
    offset_ += record_size;
  }
  address = pending_[--pending_count_];
  return true;
}

}  // namespace kzsim::study
