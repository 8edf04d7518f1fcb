#pragma once
// Command lines as a small syntax tree: a list of pipelines (joined by `;`, newline, `&&` or
// `||`), each a chain of simple commands (joined by `|`) with words and `>`/`>>` redirections.
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace kzsim::shell {

// `$?`, replaced by the exit status of the previous pipeline when the command runs.
struct LastStatus {};

// One word after quote removal; the parts are joined when the command runs.
struct Word {
  std::vector<std::variant<std::string, LastStatus>> parts;

  std::string expand(int last_status) const;
};

struct Redirection {
  bool append = false;  // `>>` rather than `>`
  Word target;
};

struct SimpleCommand {
  std::vector<Word> words;
  std::vector<Redirection> redirections;  // in the order written
};

struct Pipeline {
  std::vector<SimpleCommand> commands;  // at least one
};

// When a pipeline of a list runs, judged by the status of the list so far.
enum class Condition { Always, IfSucceeded, IfFailed };  // `;`, `&&`, `||`

struct ListItem {
  Condition condition = Condition::Always;
  Pipeline pipeline;
};

struct CommandList {
  std::vector<ListItem> items;  // empty for a blank line or a comment
};

// Throws kzsim::InputError naming what is wrong, with the 1-based column in where().column.
CommandList parse_line(std::string_view line);

}  // namespace kzsim::shell
