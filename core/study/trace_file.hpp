#pragma once
// Memory traces of real programs, streamed in constant memory (a fixed buffer, whatever the
// file's size): Valgrind lackey output (`valgrind --tool=lackey --trace-mem=yes`, lines
// " L addr,size", " S addr,size", " M addr,size"; "I" instruction lines and "==pid==" lines
// skipped) and ChampSim's binary trace (64-byte input_instr records: ip, is_branch,
// branch_taken, 2 destination and 4 source register bytes, 2 destination and 4 source memory
// addresses), plain or xz-compressed (liblzma). A malformed or truncated trace is refused
// (InputError) naming the file and the line (lackey) or byte offset (ChampSim).
#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

namespace kzsim::study {

class TraceFile {
 public:
  enum class Format { Lackey, ChampSim, ChampSimXz };

  // Opens `path` and recognises its format from its first bytes.
  explicit TraceFile(const std::string& path);
  ~TraceFile();
  TraceFile(const TraceFile&) = delete;
  TraceFile& operator=(const TraceFile&) = delete;

  Format format() const { return format_; }
  // The next data access's address; false at the end of the trace.
  bool next(std::uint64_t& address);

 private:
  bool next_lackey(std::uint64_t& address);
  bool next_champsim(std::uint64_t& address);
  std::size_t read(unsigned char* out, std::size_t size);  // decompressing when xz
  bool fill();                                             // more raw bytes into buffer_

  std::string path_;
  Format format_ = Format::Lackey;
  std::FILE* file_ = nullptr;
  struct Xz;
  std::unique_ptr<Xz> xz_;
  std::vector<unsigned char> buffer_;  // raw bytes read and not yet used
  std::size_t begin_ = 0, end_ = 0;
  std::uint64_t line_ = 0;    // lackey: lines read
  std::uint64_t offset_ = 0;  // ChampSim: decompressed bytes consumed
  std::uint64_t pending_[6] = {};
  int pending_count_ = 0;
  bool eof_ = false;
};

}  // namespace kzsim::study
