// perfuse-assetgen OUTDIR: writes every model as OUTDIR/<name>.glb.  perfuse-assetgen --list: prints the names.
#include <exception>
#include <filesystem>
#include <iostream>
#include <string_view>

#include "geometry/gltf_writer.h"
#include "models/models.h"

int main(int argc, char** argv) {
    using namespace perfuse::assetgen;
    if (argc != 2) {
        std::cerr << "usage: perfuse-assetgen OUTDIR | --list\n";
        return 2;
    }
    const std::string_view arg = argv[1];
    if (arg == "--list") {
        for (const ModelEntry& e : all_models()) std::cout << e.name << '\n';
        return 0;
    }
    const std::filesystem::path out = arg;
    try {
        std::filesystem::create_directories(out);
        for (const ModelEntry& e : all_models()) {
            perfuse::Model model = e.build();
            model.name = std::string(e.name);
            perfuse::write_glb(model, out / (std::string(e.name) + ".glb"));
        }
    } catch (const std::exception& ex) {
        std::cerr << "perfuse-assetgen: " << ex.what() << '\n';
        return 1;
    }
    return 0;
}
