// perfuse: the walkthrough. Parses the command line, picks the run (version, headless or desktop)
// and turns any failure into one readable line on stderr and a non-zero exit code.
#include <cstdio>
#include <exception>

#include "app/app_options.h"
#include "app/runs.h"

int main(int argc, char** argv) {
    const perfuse::ParseResult parsed = perfuse::parse_command_line(argc, argv);
    if (parsed.exit_code >= 0) return parsed.exit_code;
    const perfuse::AppOptions& options = parsed.options;
    try {
        if (options.version) return perfuse::print_version(options);
        return options.headless ? perfuse::run_headless(options) : perfuse::run_desktop(options);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "perfuse: %s\n", e.what());
        return 1;
    }
}
