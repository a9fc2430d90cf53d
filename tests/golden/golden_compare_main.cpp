// perfuse-golden-compare ACTUAL.png GOLDEN.png DIFF.png
// Exit 0 when ACTUAL matches GOLDEN within tolerance; otherwise 1, writing DIFF.png. With
// PERFUSE_UPDATE_GOLDEN=1 it copies ACTUAL over GOLDEN instead (after an intended visual change).
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "image_compare.h"

int main(int argc, char** argv) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: perfuse-golden-compare ACTUAL.png GOLDEN.png DIFF.png\n");
        return 2;
    }
    const std::filesystem::path actual_path = argv[1], golden_path = argv[2], diff_path = argv[3];
    const perfuse::PngReadResult actual = perfuse::read_png(actual_path);
    if (!actual.error.empty()) {
        std::fprintf(stderr, "golden: %s\n", actual.error.c_str());
        return 1;
    }
    if (const char* update = std::getenv("PERFUSE_UPDATE_GOLDEN"); update && std::string(update) == "1") {
        std::filesystem::copy_file(actual_path, golden_path, std::filesystem::copy_options::overwrite_existing);
        std::printf("golden: updated %s\n", golden_path.c_str());
        return 0;
    }
    const perfuse::PngReadResult golden = perfuse::read_png(golden_path);
    if (!golden.error.empty()) {
        std::fprintf(stderr, "golden: %s (run tools/test.sh --update-golden to create it)\n", golden.error.c_str());
        return 1;
    }
    const perfuse::CompareTolerance tolerance;
    const perfuse::CompareResult result = perfuse::compare_images(actual.image, golden.image, tolerance);
    std::printf("golden: %s: %s\n", golden_path.filename().c_str(), perfuse::describe(result, tolerance).c_str());
    if (result.matches) return 0;
    if (result.same_size) perfuse::write_png(diff_path, result.diff);
    std::fprintf(stderr, "golden: %s does not match; diff image: %s\n", golden_path.c_str(), diff_path.c_str());
    return 1;
}
