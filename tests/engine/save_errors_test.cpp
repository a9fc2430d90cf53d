// Saving into a full disk or a folder that cannot be written: one line naming the file and the
// problem, and the last good file left as it was.
#include <filesystem>
#include <fstream>
#include <string>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include "platform/file_io.h"

namespace perfuse {

namespace {
std::filesystem::path fresh_dir(const char* name) {
    const auto dir = std::filesystem::temp_directory_path() / "perfuse_save_errors_test" / name;
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

std::string contents(const std::filesystem::path& path) {
    const FileBytes file = read_file(path);
    return file.ok() ? std::string(file.bytes.begin(), file.bytes.end()) : "(" + file.error + ")";
}
}  // namespace

// /dev/full accepts opening and refuses every write with ENOSPC, like a disk with no room left.
// The temporary file the save writes first is made to point at it.
TEST(SaveErrors, DiskFullKeepsTheOldFileAndSaysTheDiskIsFull) {
    ASSERT_TRUE(std::filesystem::exists("/dev/full"));
    const auto dir = fresh_dir("full");
    const auto path = dir / "progress.json";
    ASSERT_EQ(write_file_atomic(path, "{\"good\":1}", 10), "");
    std::filesystem::create_symlink("/dev/full", atomic_temp_path(path));
    const std::string error = write_file_atomic(path, "{\"newer\":2}", 11);
    EXPECT_EQ(error, path.string() + ": the disk is full, so it was not saved (No space left on device)");
    EXPECT_EQ(contents(path), "{\"good\":1}");
    EXPECT_FALSE(std::filesystem::exists(std::filesystem::symlink_status(atomic_temp_path(path))));
    // With room again, saving works.
    EXPECT_EQ(write_file_atomic(path, "{\"newer\":2}", 11), "");
    EXPECT_EQ(contents(path), "{\"newer\":2}");
}

TEST(SaveErrors, ReadOnlyFolderKeepsTheOldFileAndSaysSo) {
    const auto dir = fresh_dir("read_only");
    const auto path = dir / "settings.json";
    ASSERT_EQ(write_file_atomic(path, "old", 3), "");
    ASSERT_EQ(chmod(dir.c_str(), 0555), 0);
    const std::string expected = path.string() + ": this folder cannot be written to, so it was not saved (Permission denied)";
    if (geteuid() != 0) {
        EXPECT_EQ(write_file_atomic(path, "new", 3), expected);
    } else {
        // Root ignores permission bits, so the save is tried from a child process running as nobody.
        const pid_t child = fork();
        ASSERT_GE(child, 0);
        if (child == 0) {
            const bool dropped = setgid(65534) == 0 && setuid(65534) == 0;
            _exit(dropped && write_file_atomic(path, "new", 3) == expected ? 0 : 1);
        }
        int status = 0;
        ASSERT_EQ(waitpid(child, &status, 0), child);
        EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "the save as nobody did not fail as expected";
    }
    chmod(dir.c_str(), 0755);
    EXPECT_EQ(contents(path), "old");
}

// A save folder that is really a file (a broken install, a user's mistake): works even as root.
TEST(SaveErrors, FolderThatIsAFileIsOneLine) {
    const auto dir = fresh_dir("not_a_folder");
    const auto blocker = dir / "saves";
    std::ofstream(blocker) << "x";
    const auto path = blocker / "progress.json";
    const std::string error = write_file_atomic(path, "x", 1);
    EXPECT_EQ(error, path.string() + ": Not a directory");
    EXPECT_EQ(error.find('\n'), std::string::npos);
}

}  // namespace perfuse
