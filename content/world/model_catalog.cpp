#include "model_catalog.h"

#include <system_error>

#include "world_error.h"

namespace perfuse::world {

ModelCatalog models_in(const std::filesystem::path& dir) {
    std::error_code ec;
    std::filesystem::directory_iterator it(dir, ec);
    if (ec) throw WorldError(dir.string(), "", "cannot list models: " + ec.message());
    ModelCatalog names;
    for (const auto& entry : it)
        if (entry.is_regular_file() && entry.path().extension() == ".glb") names.insert(entry.path().stem().string());
    return names;
}

}  // namespace perfuse::world
