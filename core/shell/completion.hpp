#pragma once
// Completion of a command line typed at the shell: the words the line's last command may go on
// with. The line is split as the shell reads it (quotes, `;`, `|`, `&&`, `||`), the prefixes
// that run another command (pfexec, pfbash, ssh HOST) are set aside, and a Vocabulary says what
// may follow the command's words so far. tools/cmd_shell.cpp feeds libedit from here.
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace kzsim::shell {

class Vocabulary {
 public:
  virtual ~Vocabulary() = default;
  // Words that may follow `before`: the command's words so far, its name first (empty when the
  // name itself is being typed). Need not be sorted or filtered by what is typed.
  virtual std::vector<std::string> next_words(const std::vector<std::string>& before) const = 0;
  // The vocabulary of a quoted word that is itself a command line (zonecfg -z ZONE 'set cap...),
  // after the command's words `before`; nothing when such a word is plain text.
  virtual std::unique_ptr<Vocabulary> quoted(const std::vector<std::string>& /*before*/) const { return nullptr; }
  // The vocabulary of the commands that follow `command` (its words, its name first) on the same
  // line, when running it changes what may be typed (zonecfg's `add net;` opens the net
  // resource's scope); nothing when it stays this one.
  virtual std::unique_ptr<Vocabulary> after(const std::vector<std::string>& /*command*/) const { return nullptr; }
  // The vocabulary of the commands `ssh DESTINATION` runs ([user@]host); nothing when it is this
  // one.
  virtual std::unique_ptr<Vocabulary> on_host(std::string_view /*destination*/) const { return nullptr; }
};

struct Completion {
  std::size_t start = 0;                // where the word being completed starts in the line
  std::vector<std::string> candidates;  // sorted, unique, each starting with that word
};

// Completes the last word of `line` (the text before the cursor) with the vocabulary the line's
// earlier commands leave (after()), or the one of the host `ssh HOST` runs the command on
// (on_host()). Inside an open quote, the quoted text is completed as a line of the vocabulary's
// quoted() one, if it has one, or as a command line where the quote stands for the command
// (ssh HOST "...", pfbash -c "...").
Completion complete(std::string_view line, const Vocabulary& vocabulary);

}  // namespace kzsim::shell
