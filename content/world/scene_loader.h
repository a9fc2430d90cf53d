#pragma once
// Loads and checks a scene file. Every problem is a WorldError with a one-line message naming the file
// and field. The checks: required fields and types, unique ids, known models, doors that fit their
// walls, start points inside their rooms, exactly one key light, and a label and card on every
// interactable item (whether the card exists is checked against the cards, see cards.h).
#include <filesystem>
#include <string>

#include <nlohmann/json.hpp>

#include "model_catalog.h"
#include "scene.h"

namespace perfuse::world {

Scene load_scene(const std::filesystem::path& file, const ModelCatalog& models);

// Same, from parsed JSON; file_name is used in messages only.
Scene parse_scene(const nlohmann::json& doc, const std::string& file_name, const ModelCatalog& models);

}  // namespace perfuse::world
