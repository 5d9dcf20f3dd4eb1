// The `oversight` executable: hands the command line over and returns its exit code.
#include <iostream>

#include "engine/cli/command.hpp"

int main(int argc, char** argv) { return oversight::run_cli(argc, argv, std::cout, std::cerr); }
