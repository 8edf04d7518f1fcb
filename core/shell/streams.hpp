#pragma once
// Streams that keep what commands write: a whole transcript, or one command's standard output
// on its way into a pipe or a file.
#include <string>
#include <string_view>

#include "core/shell/command.hpp"

namespace kzsim::shell {

// Keeps stdout, stderr and both interleaved, each in write order.
class RecordingStreams : public Streams {
 public:
  void out(std::string_view text) override;
  void err(std::string_view text) override;

  const std::string& out() const { return out_; }
  const std::string& err() const { return err_; }
  const std::string& interleaved() const { return interleaved_; }

 private:
  std::string out_;
  std::string err_;
  std::string interleaved_;
};

// Keeps standard output and passes standard error on to `errors`.
class CapturedOutput : public Streams {
 public:
  explicit CapturedOutput(Streams& errors) : errors_(errors) {}
  void out(std::string_view text) override { captured_ += text; }
  void err(std::string_view text) override { errors_.err(text); }

  const std::string& captured() const { return captured_; }

 private:
  Streams& errors_;
  std::string captured_;
};

// Passes both streams on, standard error with each overlong word cut (bounded_quotes): what a
// shell's commands print on their errors quotes at most a bounded prefix of a value.
class BoundedErrors : public Streams {
 public:
  explicit BoundedErrors(Streams& streams) : streams_(streams) {}
  void out(std::string_view text) override { streams_.out(text); }
  void err(std::string_view text) override;

 private:
  Streams& streams_;
};

}  // namespace kzsim::shell
