#include "core/shell/completion.hpp"

#include <algorithm>

namespace kzsim::shell {

namespace {

struct LineWord {
  std::size_t start = 0;
  std::string text;  // without quotes
};

// The words of the line's last command, the last one possibly still being typed; nothing when
// the line ends inside a quote. The commands before it, each with its words.
struct Split {
  std::vector<std::vector<LineWord>> earlier;
  std::vector<LineWord> words;
  bool in_quote = false;
  std::size_t quote_at = 0;  // of the open quote
};

Split split_last_command(std::string_view line) {
  Split split;
  char quote = 0;
  bool in_word = false;
  for (std::size_t at = 0; at < line.size(); ++at) {
    const char c = line[at];
    if (quote != 0) {
      if (c == quote) quote = 0;
      else split.words.back().text += c;
      continue;
    }
    if (c == ' ' || c == '\t') {
      in_word = false;
      continue;
    }
    if (c == ';' || c == '|' || c == '&') {
      if (!split.words.empty()) split.earlier.push_back(std::move(split.words));
      split.words.clear();
      in_word = false;
      continue;
    }
    if (!in_word) split.words.push_back({at, {}});
    in_word = true;
    if (c == '\'' || c == '"') {
      quote = c;
      split.quote_at = at;
    } else {
      split.words.back().text += c;
    }
  }
  split.in_quote = quote != 0;
  if (!in_word && !split.in_quote) split.words.push_back({line.size(), {}});
  return split;
}

// The texts of `words` but the last `typed` of them, without pfexec, pfbash [-c] and `ssh HOST`
// in front of the command they run; `host` is the last HOST so dropped, if any.
std::vector<std::string> command_words(const std::vector<LineWord>& words, std::size_t typed = 1,
                                       std::string* host = nullptr) {
  std::vector<std::string> before;
  for (std::size_t at = 0; at + typed < words.size(); ++at) before.push_back(words[at].text);
  for (bool dropped = true; dropped;) {
    dropped = false;
    if (!before.empty() && (before.front() == "pfexec" || before.front() == "pfbash")) {
      const bool line_follows = before.front() == "pfbash" && before.size() > 1 && before[1] == "-c";
      before.erase(before.begin(), before.begin() + (line_follows ? 2 : 1));
      dropped = true;
    } else if (before.size() >= 2 && before.front() == "ssh") {
      if (host != nullptr) *host = before[1];
      before.erase(before.begin(), before.begin() + 2);
      dropped = true;
    }
  }
  return before;
}

}  // namespace

Completion complete(std::string_view line, const Vocabulary& line_vocabulary) {
  const Split split = split_last_command(line);
  const Vocabulary* current = &line_vocabulary;
  std::unique_ptr<Vocabulary> changed;
  for (const std::vector<LineWord>& command : split.earlier)
    if (std::unique_ptr<Vocabulary> next = current->after(command_words(command, 0))) {
      changed = std::move(next);
      current = changed.get();
    }
  std::string host;
  const std::vector<std::string> before = command_words(split.words, 1, &host);
  const std::unique_ptr<Vocabulary> remote = host.empty() ? nullptr : current->on_host(host);
  const Vocabulary& vocabulary = remote != nullptr ? *remote : *current;
  Completion completion;
  if (split.in_quote) {
    const std::unique_ptr<Vocabulary> quoted = before.empty() ? nullptr : vocabulary.quoted(before);
    const Vocabulary* inner = before.empty() ? &vocabulary : quoted.get();
    if (inner == nullptr) {
      completion.start = line.size();
      return completion;
    }
    const std::size_t text_at = split.quote_at + 1;
    completion = complete(line.substr(text_at), *inner);
    completion.start += text_at;
    return completion;
  }
  const LineWord& typed = split.words.back();
  completion.start = typed.start;
  for (std::string& word : vocabulary.next_words(before))
    if (word.starts_with(typed.text)) completion.candidates.push_back(std::move(word));
  std::ranges::sort(completion.candidates);
  // std::unique, not std::ranges::unique: clang 14 (the sanitizer and fuzz builds) cannot
  // compile libstdc++ 12's subrange.
  completion.candidates.erase(std::unique(completion.candidates.begin(), completion.candidates.end()),
                              completion.candidates.end());
  return completion;
}

}  // namespace kzsim::shell
