#include "action_parser.h"

#include <optional>

#include "workbench.h"

namespace perfuse::procedures {

using nlohmann::json;

namespace {

std::optional<ActionKind> action_kind(const std::string& s) {
    for (ActionKind k : {ActionKind::take, ActionKind::put_back, ActionKind::mount, ActionKind::unmount, ActionKind::connect,
                         ActionKind::disconnect, ActionKind::clamp, ActionKind::unclamp, ActionKind::set, ActionKind::prime,
                         ActionKind::de_air, ActionKind::wait, ActionKind::wait_until, ActionKind::expect}) {
        if (s == to_string(k)) return k;
    }
    return std::nullopt;
}

}  // namespace

Action parse_action(FieldReader& r, ConditionParser& cp, const json& j, const std::string& path) {
    Action a;
    a.line = path;
    const std::string verb = r.text(j, path, "do", true);
    if (r.failed()) return a;
    auto kind = action_kind(verb);
    if (!kind) {
        r.fail(path + ".do", "unknown action \"" + verb + "\" (take, put_back, mount, unmount, connect, disconnect, clamp, "
                             "unclamp, set, prime, de_air, wait, wait_until, expect)");
        return a;
    }
    a.kind = *kind;
    switch (a.kind) {
        case ActionKind::take: case ActionKind::put_back: case ActionKind::unmount: case ActionKind::clamp:
        case ActionKind::unclamp: case ActionKind::de_air:
            a.item = r.text(j, path, "item", true);
            break;
        case ActionKind::mount:
            a.item = r.text(j, path, "item", true);
            a.at = r.text(j, path, "at", true);
            break;
        case ActionKind::connect: case ActionKind::disconnect:
            a.a = r.text(j, path, "a", true);
            a.b = r.text(j, path, "b", true);
            break;
        case ActionKind::set:
            a.key = r.text(j, path, "key", true);
            a.value = r.number(j, path, "value", true, 0.0, -1e9, 1e9);
            if (!r.failed() && circuits::find_control(a.key) == nullptr) r.fail(path + ".key", "unknown control \"" + a.key + "\"");
            break;
        case ActionKind::prime:
            a.value = r.number(j, path, "volume_ml", false, 0.0, 0.0, 5000.0);
            break;
        case ActionKind::wait:
            a.seconds = r.number(j, path, "s", true, 0.0, 0.0, 86400.0);
            break;
        case ActionKind::wait_until:
        case ActionKind::expect: {
            if (a.kind == ActionKind::wait_until) a.seconds = r.number(j, path, "timeout_s", true, 0.0, 0.0, 86400.0);
            a.step = r.text(j, path, "step", false);
            a.mistake = r.text(j, path, "mistake", false);
            a.expect_refused = r.flag(j, path, "refused", false);
            if (const json* c = r.field(j, path, "condition", false)) a.condition = cp.parse(*c, path + ".condition");
            if (!r.failed() && a.step.empty() && a.mistake.empty() && !a.condition && !a.expect_refused) {
                r.fail(path, "says nothing to check (give \"step\", \"mistake\", \"condition\" or \"refused\")");
            }
            break;
        }
    }
    return a;
}

const char* to_string(ActionKind k) {
    switch (k) {
        case ActionKind::take: return "take";
        case ActionKind::put_back: return "put_back";
        case ActionKind::mount: return "mount";
        case ActionKind::unmount: return "unmount";
        case ActionKind::connect: return "connect";
        case ActionKind::disconnect: return "disconnect";
        case ActionKind::clamp: return "clamp";
        case ActionKind::unclamp: return "unclamp";
        case ActionKind::set: return "set";
        case ActionKind::prime: return "prime";
        case ActionKind::de_air: return "de_air";
        case ActionKind::wait: return "wait";
        case ActionKind::wait_until: return "wait_until";
        case ActionKind::expect: return "expect";
    }
    return "?";
}

}  // namespace perfuse::procedures
