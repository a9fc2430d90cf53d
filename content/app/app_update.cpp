#include "app/app_update.h"

#include "app/app_renderer.h"
#include "app/procedure_session.h"
#include "app/app_sound.h"
#include "app/mode_update.h"

namespace perfuse {

void update_app(AppRenderer& r, float dt_s) {
    // Each feature adds one call here, in the order the frame needs them:
    // flow model -> procedure -> mode -> sound.
    r.live->update(dt_s);
    update_procedure(r, dt_s);
    update_assembly(r.assembly_host(), r.procedure.run.get(), dt_s);
    update_modes(r, dt_s);
    update_app_sound(r, dt_s);
    update_machine_screens(r.screens, r.console_panels, *r.live, dt_s);
    r.speak_requests.clear();  // sound, once it is here, speaks them just before this
}

}  // namespace perfuse
