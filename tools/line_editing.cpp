#include "tools/line_editing.hpp"

#include <cstdio>  // before editline, which uses FILE without including it
#include <editline/readline.h>
#include <setjmp.h>

#include <csignal>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <system_error>
#include <vector>

#include "core/shell/completion.hpp"
#include "core/shell/interrupt.hpp"
#include "zones/teaching/shell_vocabulary.hpp"

namespace kzsim::tools {

namespace {

constexpr int kHistoryLines = 1000;

// libedit's callbacks take no context: the session and prompt being read.
const zones::World* active_world = nullptr;
const std::string* active_host = nullptr;
std::string active_prompt;
std::vector<std::string> candidates;

// Ctrl-C while a line is typed: libedit's own handler has put the terminal back to cooked mode
// and passed the signal on; the handler jumps out of readline() (as psql does), dropping the line.
sigjmp_buf typing;
volatile std::sig_atomic_t reading = 0;

char* next_candidate(const char* /*text*/, int state) {
  static std::size_t next = 0;
  if (state == 0) next = 0;
  return next < candidates.size() ? strdup(candidates[next++].c_str()) : nullptr;
}

char** complete_line(const char* text, int /*start*/, int end) {
  rl_attempted_completion_over = 1;  // never file names: the simulated hosts have their own files
  const auto vocabulary = zones::shell_vocabulary(*active_world, *active_host, active_prompt);
  candidates = shell::complete(std::string_view(rl_line_buffer, static_cast<std::size_t>(end)), *vocabulary).candidates;
  // "physical=" goes on with its value, not a space.
  const bool assignment = !candidates.empty() && candidates.front().ends_with('=') && candidates.size() == 1;
  rl_completion_append_character = assignment ? '\0' : ' ';
  return candidates.empty() ? nullptr : rl_completion_matches(text, next_candidate);
}

}  // namespace

void LineEditing::on_interrupt() {
  shell::note_interrupt();
  if (reading != 0) {
    reading = 0;
    siglongjmp(typing, 1);
  }
}

LineEditing::LineEditing(const zones::World& world, std::string host, std::optional<std::filesystem::path> history)
    : world_(world), host_(std::move(host)), history_(std::move(history)) {
  rl_basic_word_break_characters = " \t\n;|&";
  rl_attempted_completion_function = complete_line;
  stifle_history(kHistoryLines);
  if (history_) read_history(history_->c_str());
}

LineEditing::~LineEditing() {
  rl_attempted_completion_function = nullptr;
  active_world = nullptr;
  active_host = nullptr;
}

std::optional<std::string> LineEditing::read_line(std::string_view prompt) {
  active_world = &world_;
  active_host = &host_;
  active_prompt = prompt;
  if (sigsetjmp(typing, 1) != 0) shell::stop_if_interrupted();
  reading = 1;
  char* line_read = readline(active_prompt.c_str());
  reading = 0;
  std::unique_ptr<char, decltype(&std::free)> typed(line_read, &std::free);
  if (!typed) return std::nullopt;
  std::string line(typed.get());
  if (!line.empty()) {
    add_history(line.c_str());
    if (history_) {
      std::error_code ignored;  // no history file is no reason to stop the session
      std::filesystem::create_directories(history_->parent_path(), ignored);
      write_history(history_->c_str());
    }
  }
  return line;
}

}  // namespace kzsim::tools
