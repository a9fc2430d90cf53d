#pragma once
// Paths the world tests read, set by tests/world/CMakeLists.txt.
#include <filesystem>
#include <string>
#include <vector>

#include "world/model_catalog.h"
#include "world/scene_loader.h"

namespace perfuse::world::test {

inline const std::filesystem::path kAssets = PERFUSE_ASSETS_DIR;
inline const std::filesystem::path kModels = PERFUSE_MODEL_DIR;
inline const std::vector<std::string> kSceneIds = {"theatre", "icu", "ilp"};

inline std::filesystem::path scene_file(const std::string& id) { return kAssets / "scenes" / (id + ".json"); }

inline std::vector<Scene> all_scenes() {
    const ModelCatalog models = models_in(kModels);
    std::vector<Scene> out;
    for (const std::string& id : kSceneIds) out.push_back(load_scene(scene_file(id), models));
    return out;
}

}  // namespace perfuse::world::test
