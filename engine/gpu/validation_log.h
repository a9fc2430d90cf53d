#pragma once
// Collects messages from the validation layer (via the debug messenger). Tests run with
// strict validation: any warning or error makes the run fail, so nothing is silently ignored.
#include <atomic>
#include <mutex>
#include <string>
#include <vector>

namespace perfuse {

class ValidationLog {
public:
    enum class Severity { verbose, info, warning, error };
    enum class Echo { to_stderr, off };

    explicit ValidationLog(Echo echo = Echo::to_stderr) : echo_(echo) {}
    void record(Severity severity, const std::string& message);
    // Records everything this log holds into OTHER (keeping severities).
    // Warnings and errors: the messages that fail a strict run.
    int problem_count() const { return problems_.load(); }
    void forward_to(ValidationLog& other) const;
    std::vector<std::string> problems() const;

private:
    Echo echo_;
    mutable std::mutex mutex_;
    std::vector<std::pair<Severity, std::string>> messages_;
    std::atomic<int> problems_{0};
};

}  // namespace perfuse
