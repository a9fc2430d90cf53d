#include "modes/set_aside.h"

namespace perfuse::modes {

namespace {
constexpr int kMaxKeptCopies = 1000;  // beyond this something is wrong; stop rather than loop
}

std::filesystem::path set_aside(const std::filesystem::path& file) {
    for (int n = 1; n <= kMaxKeptCopies; ++n) {
        std::filesystem::path kept = file;
        kept += ".bad-" + std::to_string(n);
        std::error_code ec;
        if (std::filesystem::exists(kept, ec)) continue;
        std::filesystem::rename(file, kept, ec);
        return ec ? std::filesystem::path() : kept;
    }
    return {};
}

std::string kept_aside_note(const std::filesystem::path& file) {
    const std::filesystem::path kept = set_aside(file);
    return kept.empty() ? "could not keep it aside" : "kept as " + kept.filename().string();
}

}  // namespace perfuse::modes
