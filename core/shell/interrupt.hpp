#pragma once
// Ctrl-C in `kzsim shell`: the SIGINT handler only notes it (note_interrupt is async-signal-safe);
// a session's input and output streams are where a command running then stops: they throw
// Interrupted, which unwinds the command to the prompt that read it (run_interactive).
namespace kzsim::shell {

// Not a std::exception, so that no catch of std::exception takes it for a command's failure.
struct Interrupted {};

void note_interrupt();        // from a signal handler
void stop_if_interrupted();   // throws Interrupted, clearing the note, when one was noted

}  // namespace kzsim::shell
