#include "corpus.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include <time.h>
#include <unistd.h>

namespace perfuse::fuzz {

std::string read_text(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw std::runtime_error(file.string() + ": cannot be read");
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void write_text(const std::filesystem::path& file, const std::string& text) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    if (!out) throw std::runtime_error(file.string() + ": cannot be written");
}

std::vector<std::filesystem::path> files_in(const std::filesystem::path& dir, const std::string& extension) {
    std::vector<std::filesystem::path> out;
    for (const auto& e : std::filesystem::directory_iterator(dir)) {
        if (e.path().extension() == extension) out.push_back(e.path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::chrono::milliseconds thread_cpu_time() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return std::chrono::milliseconds(static_cast<long long>(t.tv_sec) * 1000 + t.tv_nsec / 1000000);
}

std::filesystem::path scratch_dir(const std::string& test_name) {
    // The process id keeps parallel ctest runs (and other engineers' runs on this machine) apart.
    // Thousands of small files: in memory (/dev/shm) where there is one, so the disk does not set the pace.
    std::error_code ec;
    const std::filesystem::path shm = "/dev/shm";
    const bool in_memory = std::filesystem::is_directory(shm, ec) && access(shm.c_str(), W_OK) == 0;
    const auto base = in_memory ? shm : std::filesystem::temp_directory_path();
    const auto dir = base / ("perfuse_fuzz_" + test_name + "_" + std::to_string(getpid()));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

}  // namespace perfuse::fuzz
