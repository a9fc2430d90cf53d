// perfuse: the walkthrough. Parses the command line, picks the run (version, VR, headless or desktop)
// and turns any failure into one readable line on stderr and a non-zero exit code. When VR cannot
// start, one line says why and the desktop (or headless) run follows.
#include <cstdio>
#include <exception>

#include "app/app_options.h"
#include "app/procedure_session.h"
#include "app/runs.h"
#include "platform/heap_tuning.h"

int main(int argc, char** argv) {
    perfuse::keep_freed_heap_for_reuse();
    const perfuse::ParseResult parsed = perfuse::parse_command_line(argc, argv);
    if (parsed.exit_code >= 0) return parsed.exit_code;
    perfuse::AppOptions options = parsed.options;
    try {
        perfuse::choose_procedure_room(options);  // a procedure starts in its own room
        if (options.version) return perfuse::print_version(options);
        if (options.list_items) return perfuse::print_list_items(options);
        if (options.vr) {
            try {
                return perfuse::run_vr(options);
            } catch (const perfuse::VrUnavailable& e) {
                if (options.vr_required) {
                    std::fprintf(stderr, "perfuse: VR is required but not available: %s\n", e.what());
                    return 1;
                }
                // Many schools have no headset: the desktop is a full walkthrough, not an error.
                std::fprintf(stderr, "perfuse: VR not available: %s; continuing on the desktop\n", e.what());
            }
        }
        return options.headless ? perfuse::run_headless(options) : perfuse::run_desktop(options);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "perfuse: %s\n", e.what());
        return 1;
    }
}
