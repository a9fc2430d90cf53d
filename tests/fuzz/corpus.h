#pragma once
// Files for the corpus fuzz tests: the real seed files from assets/, a scratch folder to write mutated
// inputs into (loaders that take a path get a real file), and the per-input time bound.
#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

namespace perfuse::fuzz {

std::string read_text(const std::filesystem::path& file);
void write_text(const std::filesystem::path& file, const std::string& text);
// Every file with `extension` in `dir`, sorted, so the corpus (and so each seed's inputs) is stable.
std::vector<std::filesystem::path> files_in(const std::filesystem::path& dir, const std::string& extension);
// A fresh empty folder under the temp directory for one test.
std::filesystem::path scratch_dir(const std::string& test_name);

// No single input may take more CPU time than this, even under ASan+UBSan in Debug (about 10x
// slower): a parser that loops or goes quadratic on a hostile input fails here instead of hanging CI
// (ctest's TIMEOUT catches a true hang). CPU time, not wall time, so a busy shared machine does not
// make the test flaky.
inline constexpr std::chrono::milliseconds kPerInputLimit{2000};

std::chrono::milliseconds thread_cpu_time();

template <class F>
std::chrono::milliseconds time_of(F&& f) {
    const auto start = thread_cpu_time();
    f();
    return thread_cpu_time() - start;
}

}  // namespace perfuse::fuzz
