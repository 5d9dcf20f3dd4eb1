/// \file cli_fixture.hpp
/// \brief Runs the real `oversight` executable in a fresh directory per test.
#pragma once

#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace fs = std::filesystem;

namespace cli_test {

struct Outcome {
    int status = -1;
    std::string out, err;
};

inline std::string slurp(const fs::path& path) {
    std::ifstream file(path, std::ios::binary);
    std::stringstream text;
    text << file.rdbuf();
    return text.str();
}

class Cli : public ::testing::Test {
protected:
    void SetUp() override {
        // The process id keeps two runs of the suite (a Release and a sanitizer build side by
        // side) out of each other's directories.
        dir_ = fs::temp_directory_path() /
               ("oversight_cli_" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()) + "_" +
                std::to_string(::getpid()));
        fs::remove_all(dir_);
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }

    Outcome run(const std::string& arguments) {
        const fs::path out = dir_ / "stdout.txt", err = dir_ / "stderr.txt";
        const std::string command = std::string(OVERSIGHT_BINARY) + " " + arguments + " >" + out.string() + " 2>" + err.string();
        const int raw = std::system(command.c_str());
        return {WIFEXITED(raw) ? WEXITSTATUS(raw) : -1, slurp(out), slurp(err)};
    }

    fs::path dir_;
};

const std::string small_fixture = std::string(OVERSIGHT_SOURCE_DIR) + "/fixtures/small";

}  // namespace cli_test
