#include "core/shell/completion.hpp"

#include <algorithm>

namespace kzsim::shell {

namespace {

struct Word {
  std::size_t start = 0;
  std::string text;  // without quotes
};

// The words of the line's last command, the last one possibly still being typed; nothing when
// the line ends inside a quote.
struct Split {
  std::vector<Word> words;
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

// Drops pfexec, pfbash and `ssh HOST` in front of the command they run.
std::vector<std::string> command_words(const std::vector<Word>& words) {
  std::vector<std::string> before;
  for (std::size_t at = 0; at + 1 < words.size(); ++at) before.push_back(words[at].text);
  for (bool dropped = true; dropped;) {
    dropped = false;
    if (!before.empty() && (before.front() == "pfexec" || before.front() == "pfbash")) {
      before.erase(before.begin());
      dropped = true;
    } else if (before.size() >= 2 && before.front() == "ssh") {
      before.erase(before.begin(), before.begin() + 2);
      dropped = true;
    }
  }
  return before;
}

}  // namespace

Completion complete(std::string_view line, const Vocabulary& vocabulary) {
  const Split split = split_last_command(line);
  Completion completion;
  if (split.in_quote) {
    const std::unique_ptr<Vocabulary> inner = vocabulary.quoted(command_words(split.words));
    if (inner == nullptr) {
      completion.start = line.size();
      return completion;
    }
    const std::size_t text_at = split.quote_at + 1;
    completion = complete(line.substr(text_at), *inner);
    completion.start += text_at;
    return completion;
  }
  const Word& typed = split.words.back();
  completion.start = typed.start;
  for (std::string& word : vocabulary.next_words(command_words(split.words)))
    if (word.starts_with(typed.text)) completion.candidates.push_back(std::move(word));
  std::ranges::sort(completion.candidates);
  // std::unique, not std::ranges::unique: clang 14 (the sanitizer and fuzz builds) cannot
  // compile libstdc++ 12's subrange.
  completion.candidates.erase(std::unique(completion.candidates.begin(), completion.candidates.end()),
                              completion.candidates.end());
  return completion;
}

}  // namespace kzsim::shell
