#include "gpu/validation_log.h"

#include <cstdio>

namespace perfuse {

void ValidationLog::record(Severity severity, const std::string& message) {
    if (severity < Severity::warning) return;
    // One log: stderr, prefixed so it is easy to grep in ctest output.
    if (echo_ == Echo::to_stderr)
        std::fprintf(stderr, "perfuse: validation %s: %s\n", severity == Severity::error ? "error" : "warning",
                     message.c_str());
    std::lock_guard lock(mutex_);
    messages_.emplace_back(severity, message);
    ++problems_;
}

void ValidationLog::forward_to(ValidationLog& other) const {
    std::lock_guard lock(mutex_);
    for (const auto& [severity, message] : messages_) other.record(severity, message);
}

std::vector<std::string> ValidationLog::problems() const {
    std::lock_guard lock(mutex_);
    std::vector<std::string> texts;
    for (const auto& entry : messages_) texts.push_back(entry.second);
    return texts;
}

}  // namespace perfuse
