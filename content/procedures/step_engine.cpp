#include "step_engine.h"

#include <algorithm>

namespace perfuse::procedures {

const char* to_string(Style s) {
    switch (s) {
      case Style::guided: return "guided";
      case Style::practice: return "practice";
      case Style::assess: return "assess";
      case Style::autoplay: return "autoplay";
    }
    return "?";
}

std::optional<Style> style_from_string(const std::string& s) {
    for (Style st : {Style::guided, Style::practice, Style::assess, Style::autoplay}) {
        if (s == to_string(st)) return st;
    }
    return std::nullopt;
}

const char* to_string(StepStatus s) {
    switch (s) {
      case StepStatus::waiting: return "waiting";
      case StepStatus::current: return "current";
      case StepStatus::complete: return "complete";
    }
    return "?";
}

StepEngine::StepEngine(const Procedure& procedure, Style style)
    : procedure_(procedure), style_(style), progress_(procedure.steps.size()), done_(procedure.steps.size(), false),
      held_s_(static_cast<size_t>(std::max(procedure.condition_count, 0)), 0.0) {
    for (const auto& s : procedure_.steps) step_ids_.push_back(s.id);
}

namespace {
// The steps of the stage that holds step i: consecutive steps sharing a non-empty group.
std::pair<size_t, size_t> stage_of(const std::vector<Step>& steps, size_t i) {
    size_t first = i, last = i + 1;
    if (steps[i].group.empty()) return {first, last};
    while (first > 0 && steps[first - 1].group == steps[i].group) --first;
    while (last < steps.size() && steps[last].group == steps[i].group) ++last;
    return {first, last};
}
}  // namespace

std::vector<int> StepEngine::current_steps() const {
    std::vector<int> out;
    for (size_t i = 0; i < done_.size(); ++i) {
        if (done_[i]) continue;
        const auto [first, last] = stage_of(procedure_.steps, i);
        for (size_t k = first; k < last; ++k) {
            if (!done_[k]) out.push_back(static_cast<int>(k));
        }
        break;
    }
    return out;
}

int StepEngine::current_step() const {
    const auto steps = current_steps();
    for (int i : steps) {
        bool ready = true;
        for (const auto& a : procedure_.steps[static_cast<size_t>(i)].after) ready = ready && step_done(a);
        if (ready) return i;
    }
    return steps.empty() ? -1 : steps.front();
}

bool StepEngine::finished() const { return std::all_of(done_.begin(), done_.end(), [](bool d) { return d; }); }

bool StepEngine::step_done(const std::string& id) const {
    const int i = procedure_.step_index(id);
    return i >= 0 && done_[static_cast<size_t>(i)];
}

void StepEngine::note(const std::string& kind, const std::string& id, const std::string& text) {
    log_.push_back({time_s_, kind, id, text});
}

void StepEngine::open_stage() {
    for (int i : current_steps()) {
        auto& p = progress_[static_cast<size_t>(i)];
        if (p.status != StepStatus::waiting) continue;
        p.status = StepStatus::current;
        p.started_s = time_s_;
        note("step_current", procedure_.steps[static_cast<size_t>(i)].id, procedure_.steps[static_cast<size_t>(i)].title);
    }
}

void StepEngine::update(const circuits::LiveCircuit& live, double dt_s) {
    time_s_ += std::max(dt_s, 0.0);
    const phys::Snapshot snap = live.snapshot();
    ConditionContext ctx{live, snap, &done_, &step_ids_, &held_s_, std::max(dt_s, 0.0)};
    // Complete what the state now shows, stage after stage (work done ahead is recognised at once).
    for (size_t guard = 0; guard <= procedure_.steps.size(); ++guard) {
        open_stage();
        bool advanced = false;
        for (int i : current_steps()) {
            const Step& step = procedure_.steps[static_cast<size_t>(i)];
            bool ready = true;
            for (const auto& a : step.after) ready = ready && step_done(a);
            if (!ready || !evaluate(step.done, ctx)) continue;
            done_[static_cast<size_t>(i)] = true;
            auto& p = progress_[static_cast<size_t>(i)];
            p.status = StepStatus::complete;
            p.completed_s = time_s_;
            note("step_complete", step.id, step.title);
            advanced = true;
        }
        ctx.dt_s = 0.0;  // the "for_s" timers count this update once
        if (!advanced) break;
    }
    if (finished() && finished_s_ < 0.0) finished_s_ = time_s_;
    // Hints after a delay (guided only).
    if (style_ == Style::guided) {
        for (int i : current_steps()) {
            auto& p = progress_[static_cast<size_t>(i)];
            const auto& hints = procedure_.steps[static_cast<size_t>(i)].hints;
            while (p.hints_shown < static_cast<int>(hints.size()) &&
                   time_s_ - p.started_s >= hints[static_cast<size_t>(p.hints_shown)].after_s) {
              note("hint", procedure_.steps[static_cast<size_t>(i)].id, hints[static_cast<size_t>(p.hints_shown)].text);
                ++p.hints_shown;
            }
        }
    }
    const int cur = current_step();
    const std::string cur_id = cur >= 0 ? procedure_.steps[static_cast<size_t>(cur)].id : std::string{};
    check_mistakes(procedure_.mistakes, cur_id, ctx);
    for (int i : current_steps()) check_mistakes(procedure_.steps[static_cast<size_t>(i)].mistakes, procedure_.steps[static_cast<size_t>(i)].id, ctx);
}

void StepEngine::check_mistakes(const std::vector<Mistake>& list, const std::string& step, ConditionContext& ctx) {
    for (const auto& m : list) {
        if (made(m.id) || !evaluate(m.when, ctx)) continue;
        mistakes_.push_back({m.id, step, m.explanation, m.safety_critical, time_s_});
        note("mistake", m.id, m.explanation);
        const int i = step.empty() ? -1 : procedure_.step_index(step);
        if (i >= 0) {
            auto& p = progress_[static_cast<size_t>(i)];
            ++p.mistakes;
            p.safety_error = p.safety_error || m.safety_critical;
        }
    }
}

bool StepEngine::made(const std::string& id) const {
    return std::any_of(mistakes_.begin(), mistakes_.end(), [&](const MistakeEvent& m) { return m.id == id; });
}

std::vector<std::string> StepEngine::visible_hints(int step) const {
    std::vector<std::string> out;
    if (step < 0 || static_cast<size_t>(step) >= progress_.size()) return out;
    const auto& hints = procedure_.steps[static_cast<size_t>(step)].hints;
    for (int k = 0; k < progress_[static_cast<size_t>(step)].hints_shown && k < static_cast<int>(hints.size()); ++k) {
        out.push_back(hints[static_cast<size_t>(k)].text);
    }
    return out;
}

bool StepEngine::request_hint() {
    if (style_ == Style::assess || style_ == Style::autoplay) return false;
    const int i = current_step();
    if (i < 0) return false;
    auto& p = progress_[static_cast<size_t>(i)];
    const auto& hints = procedure_.steps[static_cast<size_t>(i)].hints;
    if (p.hints_shown >= static_cast<int>(hints.size())) return false;
    note("hint", procedure_.steps[static_cast<size_t>(i)].id, hints[static_cast<size_t>(p.hints_shown)].text);
    ++p.hints_shown;
    return true;
}

Score StepEngine::score() const {
    Score s;
    s.steps_total = static_cast<int>(procedure_.steps.size());
    for (const auto& p : progress_) {
        if (p.status == StepStatus::complete) {
            ++s.steps_complete;
            if (p.mistakes == 0) ++s.steps_correct;
        }
        s.hints_used += p.hints_shown;
    }
    s.mistakes = static_cast<int>(mistakes_.size());
    for (const auto& m : mistakes_) s.safety_critical_errors += m.safety_critical ? 1 : 0;
    s.finished = finished();
    s.time_s = finished_s_ >= 0.0 ? finished_s_ : time_s_;
    return s;
}

}  // namespace perfuse::procedures
