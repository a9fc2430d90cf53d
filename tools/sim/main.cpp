// perfuse-sim: runs a scenario through the flow model and writes a CSV time series.
//   perfuse-sim --scenario FILE.json [--duration S] [--dt S] [--every S] [--csv OUT.csv]
// Exit codes: 0 done, 2 bad scenario or arguments (one line on stderr: "perfuse-sim: FILE: what").
#include <CLI/CLI.hpp>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>

#include "csv.h"
#include "runner.h"
#include "scenario.h"

namespace {

std::string number(double v) {
  std::ostringstream s;
  s << v;
  return s.str();
}

int fail(const std::string& message) {
  std::cerr << "perfuse-sim: " << message << '\n';
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Runs a Perfuse scenario through the flow model and writes a CSV time series."};
  app.set_version_flag("--version", "perfuse-sim 0.1");
  std::string scenario_path, csv_path;
  std::optional<double> duration_s;
  double dt_s = perfuse::phys::kDefaultStepS;
  double every_s = 1.0;
  app.add_option("--scenario", scenario_path, "Scenario JSON (schema: assets/scenarios/README.md)")->required();
  app.add_option("--duration", duration_s, "Simulated seconds (default: the scenario's duration_s, else 600)");
  app.add_option("--dt", dt_s, "Fixed step, seconds (default 0.02)");
  app.add_option("--every", every_s, "Sample interval, seconds (default 1)");
  app.add_option("--csv", csv_path, "Write the CSV here instead of stdout");
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::string what = e.what();
    for (auto& c : what) c = c == '\n' ? ' ' : c;
    return fail(what);
  }
  if (!(dt_s > 0.0) || !std::isfinite(dt_s) || dt_s > 10.0) return fail("--dt " + number(dt_s) + ": must be above 0 and at most 10 seconds");
  if (!(every_s >= dt_s) || !std::isfinite(every_s)) return fail("--every " + number(every_s) + ": must be at least --dt");
  if (duration_s && (!(*duration_s >= 0.0) || *duration_s > 7.0 * 24 * 3600)) return fail("--duration must be 0 to 604800 seconds");

  const auto parsed = perfuse::scenarios::load_scenario(scenario_path);
  if (!parsed.scenario) return fail(parsed.error);
  const auto& scenario = *parsed.scenario;

  std::ofstream file;
  if (!csv_path.empty()) {
    file.open(csv_path);
    if (!file) return fail(csv_path + ": cannot be written");
  }
  std::ostream& out = csv_path.empty() ? std::cout : file;
  perfuse::scenarios::RunOptions options;
  options.duration_s = duration_s.value_or(scenario.duration_s.value_or(600.0));
  options.dt_s = dt_s;
  options.every_s = every_s;
  out << perfuse::scenarios::csv_header() << '\n';
  std::string error;
  const bool ok = perfuse::scenarios::run(
      scenario, options, [&](const perfuse::phys::Snapshot& s) { out << perfuse::scenarios::csv_row(s) << '\n'; }, &error);
  if (!ok) return fail(scenario_path + ": " + error);
  out.flush();
  if (!out) return fail((csv_path.empty() ? std::string("stdout") : csv_path) + ": write failed");
  return 0;
}
