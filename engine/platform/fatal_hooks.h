#pragma once
// Work that must happen before the app closes on an error it cannot recover from (the graphics
// device lost, the window's surface gone): saving the learner's progress and settings. Whoever
// owns such state registers a hook for as long as the state lives; the code that detects the
// fatal error runs the hooks at that point, while everything they touch still exists.
#include <functional>
#include <string>

namespace perfuse {

// Saves something; returns an empty string, or one line saying what could not be saved.
using FatalHook = std::function<std::string()>;

// Registers HOOK until this object is destroyed. Not copyable or movable: its lifetime is the
// registration.
class ScopedFatalHook {
public:
    explicit ScopedFatalHook(FatalHook hook);
    ~ScopedFatalHook();
    ScopedFatalHook(const ScopedFatalHook&) = delete;
    ScopedFatalHook& operator=(const ScopedFatalHook&) = delete;

private:
    int id_;
};

struct FatalHookReport {
    int ran = 0;         // hooks that were registered and called
    std::string errors;  // what they could not save, "; "-separated; empty when all went well
};

// Runs every registered hook, newest first, at most once per process: a second fatal error on
// the way out does not save again. A hook that throws counts as an error; the others still run.
FatalHookReport run_fatal_hooks();

// For tests: forgets that the hooks already ran.
void reset_fatal_hooks_for_test();

}  // namespace perfuse
