#pragma once
// The set of model names a scene may use: the .glb files the asset generator wrote.
#include <filesystem>
#include <set>
#include <string>

namespace perfuse::world {

using ModelCatalog = std::set<std::string>;

// Names (file stems) of every .glb in dir; throws WorldError if dir cannot be read.
ModelCatalog models_in(const std::filesystem::path& dir);

// Where a model's file is.
inline std::filesystem::path model_file(const std::filesystem::path& dir, const std::string& model) { return dir / (model + ".glb"); }

}  // namespace perfuse::world
