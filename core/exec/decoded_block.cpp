#include "core/exec/decoded_block.hpp"

#include <string>
#include <unordered_map>

namespace kzsim::exec {

namespace {

// Guests that keep writing new code would grow the cache without end; it starts over instead.
constexpr std::size_t max_cached_blocks = 1 << 16;

std::string key_of(cs_arch arch, cs_mode mode, std::uint64_t address, std::span<const std::uint8_t> code) {
  std::string key(reinterpret_cast<const char*>(code.data()), code.size());
  key.append(reinterpret_cast<const char*>(&address), sizeof address);
  key.append(reinterpret_cast<const char*>(&arch), sizeof arch);
  key.append(reinterpret_cast<const char*>(&mode), sizeof mode);
  return key;
}

DecodedBlock decode(csh capstone, std::uint64_t address, std::span<const std::uint8_t> code) {
  DecodedBlock block;
  cs_insn* insn = cs_malloc(capstone);
  const std::uint8_t* cursor = code.data();
  std::size_t left = code.size();
  while (left > 0 && cs_disasm_iter(capstone, &cursor, &left, &address, insn)) {
    block.instructions.push_back(*insn);
    block.details.push_back(*insn->detail);
  }
  cs_free(insn, 1);
  block.undecoded_bytes = left;
  for (std::size_t i = 0; i < block.instructions.size(); ++i) block.instructions[i].detail = &block.details[i];
  return block;
}

}  // namespace

const DecodedBlock& decoded_block(csh capstone, cs_arch arch, cs_mode mode, std::uint64_t address,
                                  std::span<const std::uint8_t> code) {
  thread_local std::unordered_map<std::string, DecodedBlock> cache;
  std::string key = key_of(arch, mode, address, code);
  if (const auto found = cache.find(key); found != cache.end()) return found->second;
  if (cache.size() >= max_cached_blocks) cache.clear();
  return cache.emplace(std::move(key), decode(capstone, address, code)).first->second;
}

}  // namespace kzsim::exec
