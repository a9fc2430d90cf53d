#include "platform/fatal_hooks.h"

#include <exception>
#include <mutex>
#include <utility>
#include <vector>

namespace perfuse {

namespace {
struct Registry {
    std::mutex mutex;
    std::vector<std::pair<int, FatalHook>> hooks;  // in registration order
    int next_id = 1;
    bool ran = false;
};

Registry& registry() {
    static Registry instance;
    return instance;
}

void append(std::string& errors, const std::string& error) {
    if (error.empty()) return;
    if (!errors.empty()) errors += "; ";
    errors += error;
}
}  // namespace

ScopedFatalHook::ScopedFatalHook(FatalHook hook) {
    Registry& r = registry();
    const std::lock_guard lock(r.mutex);
    id_ = r.next_id++;
    r.hooks.emplace_back(id_, std::move(hook));
}

ScopedFatalHook::~ScopedFatalHook() {
    Registry& r = registry();
    const std::lock_guard lock(r.mutex);
    std::erase_if(r.hooks, [this](const auto& entry) { return entry.first == id_; });
}

FatalHookReport run_fatal_hooks() {
    Registry& r = registry();
    std::vector<FatalHook> hooks;
    {
        const std::lock_guard lock(r.mutex);
        if (r.ran) return {};
        r.ran = true;
        for (auto it = r.hooks.rbegin(); it != r.hooks.rend(); ++it) hooks.push_back(it->second);
    }
    // Called without the lock, so a hook may register or unregister others without deadlocking.
    FatalHookReport report;
    for (const FatalHook& hook : hooks) {
        ++report.ran;
        try {
            append(report.errors, hook());
        } catch (const std::exception& e) {
            append(report.errors, e.what());
        } catch (...) {
            append(report.errors, "a save step failed");
        }
    }
    return report;
}

void reset_fatal_hooks_for_test() {
    Registry& r = registry();
    const std::lock_guard lock(r.mutex);
    r.ran = false;
}

}  // namespace perfuse
