#include "audio/speech_worker.h"

#include <memory>

namespace perfuse {

SpeechWorker::SpeechWorker() : thread_([this] { run(); }) {}

SpeechWorker::~SpeechWorker() {
    {
        std::lock_guard lock(mutex_);
        quit_ = true;
        jobs_.clear();
    }
    cancel_running_ = true;
    wake_.notify_all();
    thread_.join();
}

uint64_t SpeechWorker::request(const std::string& text, const SpeechSettings& settings) {
    std::lock_guard lock(mutex_);
    const uint64_t id = next_id_++;
    jobs_.push_back({id, text, settings});
    wake_.notify_one();
    return id;
}

void SpeechWorker::cancel() {
    std::lock_guard lock(mutex_);
    jobs_.clear();
    results_.clear();
    discard_below_ = next_id_;
    if (running_id_) cancel_running_ = true;
}

std::optional<SpeechResult> SpeechWorker::take_result() {
    std::lock_guard lock(mutex_);
    if (results_.empty()) return std::nullopt;
    SpeechResult result = std::move(results_.front());
    results_.pop_front();
    return result;
}

bool SpeechWorker::busy() const {
    std::lock_guard lock(mutex_);
    return !jobs_.empty() || running_id_ != 0;
}

void SpeechWorker::run() {
    std::unique_ptr<SpeechSynthesizer> synth;  // opened on first use: runs that never speak never start it
    std::string open_error;
    for (;;) {
        Job job;
        {
            std::unique_lock lock(mutex_);
            wake_.wait(lock, [this] { return quit_ || !jobs_.empty(); });
            if (quit_) return;
            job = std::move(jobs_.front());
            jobs_.pop_front();
            running_id_ = job.id;
            cancel_running_ = false;
        }
        if (!synth && open_error.empty()) synth = SpeechSynthesizer::open(open_error);
        SpeechResult result{.id = job.id, .text = job.text, .audio = {}, .error = open_error};
        if (synth) result.audio = synth->synthesize(job.text, job.settings, result.error, &cancel_running_);
        std::lock_guard lock(mutex_);
        running_id_ = 0;
        if (job.id >= discard_below_ && !quit_) results_.push_back(std::move(result));
    }
}

}  // namespace perfuse
