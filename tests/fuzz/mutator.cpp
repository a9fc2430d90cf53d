#include "mutator.h"

#include <algorithm>
#include <iterator>
#include <vector>

#include <nlohmann/json.hpp>

namespace perfuse::fuzz {
namespace {

using nlohmann::json;

// Numbers JSON cannot hold or a schema should refuse; written raw, since nlohmann would print NaN as null.
const char* const kRawNumbers[] = {"NaN", "Infinity", "-Infinity", "1e999", "-1e999", "1e308", "-1e308", "-1", "-0",
                                   "0", "1e-320", "4294967296", "9223372036854775808", "-9223372036854775809",
                                   "0.1e1", "123456789012345678901234567890"};
// Strings that have broken loaders: control characters and newlines (which would split a one-line
// error that quotes them), invalid UTF-8, a NUL, a path, emoji.
const char* const kRawStrings[] = {"\"\"", "\" \"", "\"line one\\nline two\"", "\"tab\\there\"", "\"\\u0000\"",
                                   "\"\xff\xfe\xfd\"", "\"caf\\u00e9 \\u2713 \\ud83d\\ude00\"", "\"\\ud800\"",
                                   "\"../../etc/passwd\"", "\"%s%n%x\"", "\"\xe2\x80\xae\""};

// The real files are a few levels deep; the depth limit keeps a second mutation of an input that was
// already given deep nesting from collecting thousands of ever longer pointers (quadratic).
void collect(const json& node, const json::json_pointer& at, std::vector<json::json_pointer>& out, int depth = 0) {
    out.push_back(at);
    if (depth >= 16) return;
    if (node.is_object()) {
        for (auto it = node.begin(); it != node.end(); ++it) collect(it.value(), at / it.key(), out, depth + 1);
    } else if (node.is_array()) {
        for (size_t i = 0; i < node.size(); ++i) collect(node[i], at / i, out, depth + 1);
    }
}

std::string deep_nesting(Rng& rng) {
    const size_t depth = 1 + rng.below(5000);
    const bool objects = rng.chance(0.5);
    std::string s;
    for (size_t i = 0; i < depth; ++i) s += objects ? "{\"a\":" : "[";
    s += "1";
    for (size_t i = 0; i < depth; ++i) s += objects ? "}" : "]";
    return s;
}

std::string long_string(Rng& rng) {
    const size_t n = 1000 + rng.below(20000);
    return "\"" + std::string(n, static_cast<char>('a' + rng.below(26))) + "\"";
}

// A raw JSON text to splice in for one value.
std::string raw_value(Rng& rng, const json& original) {
    switch (rng.below(9)) {
      case 0: return kRawNumbers[rng.below(std::size(kRawNumbers))];
      case 1: return kRawStrings[rng.below(std::size(kRawStrings))];
      case 2: return deep_nesting(rng);
      case 3: return long_string(rng);
      case 4: return "null";
      case 5: return rng.chance(0.5) ? "true" : "false";
      case 6: return rng.chance(0.5) ? "[]" : "{}";
        case 7: {  // the right value, wrapped in an array
            const std::string v = original.dump(-1, ' ', false, json::error_handler_t::replace);
            return "[" + v + "," + v + "]";
        }
        default: {
            // The same type, a neighbouring value: a number scaled or negated, a string changed slightly.
            if (original.is_number()) return json(original.get<double>() * (rng.chance(0.5) ? -1.0 : 1000.0)).dump();
            if (original.is_string()) {
                return json(original.get<std::string>() + "_x").dump(-1, ' ', false, json::error_handler_t::replace);
            }
            return "0";
        }
    }
}

}  // namespace

std::string mutate_json(const std::string& text, Rng& rng) {
    json doc = json::parse(text, nullptr, false);
    if (doc.is_discarded()) return mutate_bytes(text, rng);
    std::vector<json::json_pointer> nodes;
    collect(doc, json::json_pointer{}, nodes);
    const json::json_pointer at = nodes[rng.below(nodes.size())];
    const std::string placeholder = "@@perfuse_fuzz_raw@@";
    std::string raw;
    const bool root = at.empty();
    switch (rng.below(5)) {
        case 0:  // remove a key or an element
            if (!root) {
                json& parent = doc[at.parent_pointer()];
                if (parent.is_object()) parent.erase(at.back());
                else parent.erase(static_cast<size_t>(std::stoul(at.back())));
                break;
            }
            [[fallthrough]];
        case 1:  // add an unknown key, or a key whose name is itself hostile
            if (doc[at].is_object()) {
                const char* names[] = {"zz_unknown", "", "new\nline", "\xff", "id", "_about"};
                doc[at][names[rng.below(std::size(names))]] = placeholder;
                raw = raw_value(rng, doc[at]);
                break;
            }
            [[fallthrough]];
        case 2:  // rename a key (a typo), keeping its value
            if (!root && doc[at.parent_pointer()].is_object()) {
                json& parent = doc[at.parent_pointer()];
                json value = parent[at.back()];
                parent.erase(at.back());
                parent[at.back() + (rng.chance(0.5) ? "_" : "\n")] = std::move(value);
                break;
            }
            [[fallthrough]];
        default:  // replace the value
            raw = raw_value(rng, doc[at]);
            doc[at] = placeholder;
            break;
    }
    std::string out = doc.dump(rng.chance(0.5) ? 2 : -1, ' ', false, json::error_handler_t::replace);
    if (!raw.empty()) {
        const std::string quoted = "\"" + placeholder + "\"";
        if (const size_t pos = out.find(quoted); pos != std::string::npos) out.replace(pos, quoted.size(), raw);
    }
    return out;
}

std::string mutate_bytes(std::string text, Rng& rng) {
    if (text.empty()) return std::string(1, static_cast<char>(rng.below(256)));
    const size_t at = rng.below(text.size());
    const size_t span = 1 + rng.below(std::min<size_t>(64, text.size() - at));
    switch (rng.below(5)) {
        case 0:  // flip bits of a few bytes
          for (size_t i = 0; i < 1 + rng.below(4); ++i) text[rng.below(text.size())] ^= static_cast<char>(1 + rng.below(255));
            break;
          case 1: text.resize(at); break;                              // truncate
          case 2: text.erase(at, span); break;                         // delete a span
          case 3: text.insert(at, text.substr(at, span)); break;       // duplicate a span
          default: {                                                   // insert JSON punctuation
            const char* bits[] = {"{", "}", "[", "]", ",", ":", "\"", "\\", "\n", "\0", "-", "e9", "//", "/*"};
            const char* b = bits[rng.below(std::size(bits))];
            text.insert(at, b, b[0] == '\0' ? 1 : std::char_traits<char>::length(b));
            break;
        }
    }
    return text;
}

std::string mutate(const std::string& original, Rng& rng) {
    std::string text = original;
    const size_t rounds = 1 + rng.below(3);
    for (size_t i = 0; i < rounds; ++i) {
        std::string next = rng.chance(0.65) ? mutate_json(text, rng) : mutate_bytes(text, rng);
        // Wrapping and long strings compound over rounds; past this size an input tests the disk, not the
        // parser, so such a round is dropped.
        if (next.size() <= kMaxInputBytes) text = std::move(next);
    }
    return text;
}

}  // namespace perfuse::fuzz
