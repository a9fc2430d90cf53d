#pragma once
// Paths and a scratch folder for the modes tests.
#include <filesystem>
#include <string>

#include <stdlib.h>

namespace perfuse::modes::test {

inline const std::filesystem::path kAssets = PERFUSE_ASSETS_DIR;

// A fresh empty folder under /tmp, removed when the test ends.
class ScratchDir {
public:
    ScratchDir() {
        char pattern[] = "/tmp/perfuse_modes_XXXXXX";
        path_ = mkdtemp(pattern);
    }
    ~ScratchDir() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

void write_text(const std::filesystem::path& file, const std::string& text);
std::string read_text(const std::filesystem::path& file);

}  // namespace perfuse::modes::test
