#pragma once
// What a VR run keeps for hands-on procedures: the procedure and the controllers' part in it
// (vr_assembly.h), the menu's procedures page (vr_menu_procedures.h) and, in tests, the scripted
// controllers (vr_assembly_script.h).
#include <filesystem>
#include <memory>

#include "app/vr_assembly.h"
#include "app/vr_assembly_script.h"
#include "app/vr_menu_procedures.h"

namespace perfuse {

struct VrAssemblyRun {
    VrAssembly assembly;
    VrProcedureMenu menu;
    std::unique_ptr<VrAssemblyScript> script;  // PERFUSE_TEST_VR_SCRIPT, or null
};

// Throws std::runtime_error with one line naming a broken file.
inline std::unique_ptr<VrAssemblyRun> start_vr_assembly_run(const std::filesystem::path& asset_dir) {
    auto run = std::make_unique<VrAssemblyRun>();
    run->menu = load_vr_procedure_menu(asset_dir);
    run->script = vr_assembly_script_from_env();
    return run;
}

}  // namespace perfuse
